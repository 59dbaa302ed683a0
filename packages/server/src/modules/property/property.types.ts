import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs, PayloadType } from '../../graphql/pagination.js';
import {
  EquipmentKind,
  MaintenanceKind,
  MaintenanceRequirement,
  MaintenanceResult,
  MaintenanceStatus,
  RevenueDirection,
} from './property.enums.js';

@ObjectType({
  description: 'A property service contract (物业服务合同) of an estate, published by its property company.',
})
export class PropertyContract {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The estate it covers.' })
  estateId: string;

  @Field(() => ID, { description: 'The community of the estate.' })
  communityId: string;

  @Field(() => ID, { description: 'The property company (organisation).' })
  organisationId: string;

  @Field(() => String, { description: 'Title of the contract.' })
  title: string;

  @Field(() => String, { description: 'First day of the term, `YYYY-MM-DD`.' })
  termStart: string;

  @Field(() => String, { description: 'Last day of the term, `YYYY-MM-DD`.' })
  termEnd: string;

  @Field(() => String, { description: 'Service level as the contract names it (一级, 二级 …).' })
  serviceLevel: string;

  @Field(() => Int, { description: 'Property fee per m² of floor area per month, in fen (分).' })
  feeFenPerSqmMonth: number;

  @Field(() => Date, { description: 'When it was published.' })
  createdAt: Date;
}

@ObjectType({ description: 'A fee standard (收费标准) of an estate.' })
export class FeeStandard {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The estate.' })
  estateId: string;

  @Field(() => ID, { description: 'The property company that published it.' })
  organisationId: string;

  @Field(() => String, { description: 'What is charged (物业费, 停车费 …).' })
  item: string;

  @Field(() => Int, { description: 'Amount in fen (分) per `unit`.' })
  amountFen: number;

  @Field(() => String, { description: 'What the amount is per (每平方米每月, 每车位每月 …).' })
  unit: string;

  @Field(() => String, { description: 'First day it applies, `YYYY-MM-DD`.' })
  effectiveFrom: string;

  @Field(() => String, { nullable: true, description: 'Note.' })
  note: string | null;

  @Field(() => Date, { description: 'When it was published.' })
  createdAt: Date;
}

@ObjectType({ description: 'One line of an estate’s public-revenue ledger (公共收益).' })
export class RevenueEntry {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The estate.' })
  estateId: string;

  @Field(() => String, { description: 'The month, `YYYY-MM`.' })
  period: string;

  @Field(() => String, { description: 'Item (广告收入, 停车收入, 场地租金 …).' })
  item: string;

  @Field(() => RevenueDirection, { description: 'Income or expense.' })
  direction: RevenueDirection;

  @Field(() => Int, { description: 'Amount in fen (分), always positive; `direction` gives the sign.' })
  amountFen: number;

  @Field(() => String, { nullable: true, description: 'Note.' })
  note: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The entry this one corrects (a correcting entry, visible to every reader of the ledger).',
  })
  correctsId: string | null;

  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt: Date;
}

@ObjectType({ description: 'What the viewer may do with a ledger period (the same rules the server applies).' })
export class RevenuePeriodCan {
  @Field(() => Boolean, {
    description: 'Add or edit entries (the period is open and the viewer publishes for the estate).',
  })
  addEntry: boolean;

  @Field(() => Boolean, { description: 'Close the period.' })
  close: boolean;

  @Field(() => Boolean, { description: 'Add a correcting entry (the period is closed).' })
  correct: boolean;
}

@ObjectType({
  description: 'One month of an estate’s public-revenue ledger with its totals (entries: `revenueEntries`).',
})
export class RevenueLedger {
  @Field(() => ID, { description: 'The estate.' })
  estateId: string;

  @Field(() => String, { description: 'The month, `YYYY-MM`.' })
  period: string;

  @Field(() => Int, { description: 'Sum of income entries, fen.' })
  incomeFen: number;

  @Field(() => Int, { description: 'Sum of expense entries, fen.' })
  expenseFen: number;

  @Field(() => Int, { description: 'Income minus expense, fen (negative when more was spent).' })
  balanceFen: number;

  @Field(() => Int, { description: 'Number of entries, correcting entries included.' })
  entryCount: number;

  @Field(() => Boolean, { description: 'True once the period is closed: entries then never change.' })
  closed: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  closedAt: Date | null;

  @Field(() => RevenuePeriodCan, { description: 'What the viewer may do with this period.' })
  viewerCan: RevenuePeriodCan;
}

@ObjectType({ description: 'When one maintenance obligation of a piece of equipment falls due.' })
export class MaintenanceDue {
  @Field(() => MaintenanceRequirement, { description: 'The obligation.' })
  requirement: MaintenanceRequirement;

  @Field(() => Int, { description: 'Its interval in days (the community’s or the default).' })
  intervalDays: number;

  @Field(() => String, { nullable: true, description: 'Last day it was met, `YYYY-MM-DD` (null: never).' })
  lastDoneOn: string | null;

  @Field(() => String, { description: 'Due date, `YYYY-MM-DD`.' })
  dueOn: string;

  @Field(() => MaintenanceStatus, { description: 'Its status today.' })
  status: MaintenanceStatus;
}

@ObjectType({ description: 'Equipment of an estate’s register (设备台账) with its maintenance status.' })
export class Equipment {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The estate.' })
  estateId: string;

  @Field(() => ID, { description: 'The community of the estate.' })
  communityId: string;

  @Field(() => ID, { nullable: true, description: 'The building, when it stands in one.' })
  buildingId: string | null;

  @Field(() => EquipmentKind, { description: 'Kind of equipment.' })
  kind: EquipmentKind;

  @Field(() => String, { description: 'Name (e.g. 3幢1单元 1号梯).' })
  name: string;

  @Field(() => String, { description: 'Registration number, unique within the estate.' })
  registrationNo: string;

  @Field(() => String, { description: 'Installation date, `YYYY-MM-DD`.' })
  installedOn: string;

  @Field(() => MaintenanceStatus, {
    description:
      'OK, DUE_SOON or OVERDUE: derived on the server from its rules, its records and today’s date (Asia/Shanghai).',
  })
  maintenanceStatus: MaintenanceStatus;

  @Field(() => String, { nullable: true, description: 'When its soonest obligation falls due, `YYYY-MM-DD`.' })
  nextDueOn: string | null;

  @Field(() => MaintenanceRequirement, { nullable: true, description: 'Which obligation falls due first.' })
  nextDueRequirement: MaintenanceRequirement | null;

  @Field(() => Date, { description: 'When it was registered.' })
  createdAt: Date;

  soonFrom: string | null;
}

@ObjectType({ description: 'A maintenance record (维保记录) of a piece of equipment.' })
export class MaintenanceRecord {
  @Field(() => ID, { description: 'Opaque id.' })
  id: string;

  @Field(() => ID, { description: 'The equipment.' })
  equipmentId: string;

  @Field(() => ID, { description: 'The estate.' })
  estateId: string;

  @Field(() => String, { description: 'Day of the visit, `YYYY-MM-DD`.' })
  performedOn: string;

  @Field(() => MaintenanceKind, { description: 'What was done.' })
  kind: MaintenanceKind;

  @Field(() => String, { description: 'The maintenance contractor (维保单位).' })
  contractor: string;

  @Field(() => MaintenanceResult, { description: 'Outcome.' })
  result: MaintenanceResult;

  @Field(() => String, { nullable: true, description: 'Defects found.' })
  defects: string | null;

  @Field(() => String, { nullable: true, description: 'How they were fixed.' })
  fix: string | null;

  @Field(() => String, { nullable: true, description: 'Next due date the contractor wrote, `YYYY-MM-DD`.' })
  nextDueOn: string | null;

  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt: Date;
}

@ObjectType({ description: 'A maintenance interval in force in a community (the default or the community’s own).' })
export class MaintenanceRule {
  @Field(() => EquipmentKind, { description: 'Kind of equipment.' })
  equipmentKind: EquipmentKind;

  @Field(() => MaintenanceRequirement, { description: 'The obligation.' })
  requirement: MaintenanceRequirement;

  @Field(() => Int, { description: 'Interval in days.' })
  intervalDays: number;

  @Field(() => Int, { description: 'The default interval (the rules in force).' })
  defaultIntervalDays: number;

  @Field(() => [MaintenanceKind], { description: 'Record kinds that meet it.' })
  satisfiedBy: MaintenanceKind[];
}

@ObjectType({ description: 'One refused row of an import.' })
export class ImportRowError {
  @Field(() => Int, { description: 'Row number in the file (the header is row 1).' })
  row: number;

  @Field(() => String, { description: 'The column at fault.' })
  column: string;

  @Field(() => String, {
    description:
      'Machine-readable reason (UNKNOWN_EQUIPMENT, BAD_DATE, BAD_KIND, BAD_RESULT, BLANK, TOO_LONG, FUTURE_DATE).',
  })
  reason: string;

  @Field(() => String, { description: 'What is wrong, in English.' })
  message: string;
}

@ObjectType({ description: 'Result of an import: all rows written, or none and the report of the refused rows.' })
export class ImportMaintenancePayload {
  @Field(() => Int, { description: 'Rows written (0 when any row was refused).' })
  imported: number;

  @Field(() => Int, { description: 'Data rows read.' })
  rows: number;

  @Field(() => [ImportRowError], { description: 'Refused rows, at most 200, in file order (empty: all written).' })
  errors: ImportRowError[];
}

export const PropertyContractConnection = ConnectionType(PropertyContract, 'PropertyContract', 'property contract');
export const PropertyContractPayload = PayloadType(
  PropertyContract,
  'PropertyContract',
  'contract',
  'property contract',
);
export const FeeStandardConnection = ConnectionType(FeeStandard, 'FeeStandard', 'fee standard');
export const FeeStandardPayload = PayloadType(FeeStandard, 'FeeStandard', 'feeStandard', 'fee standard');
export const RevenueEntryConnection = ConnectionType(RevenueEntry, 'RevenueEntry', 'ledger entry');
export const RevenueEntryPayload = PayloadType(RevenueEntry, 'RevenueEntry', 'entry', 'ledger entry');
export const RevenueLedgerPayload = PayloadType(RevenueLedger, 'RevenueLedger', 'ledger', 'ledger period');
export const EquipmentConnection = ConnectionType(Equipment, 'Equipment', 'piece of equipment');
export const EquipmentPayload = PayloadType(Equipment, 'Equipment', 'equipment', 'piece of equipment');
export const MaintenanceRecordConnection = ConnectionType(MaintenanceRecord, 'MaintenanceRecord', 'maintenance record');
export const MaintenanceRecordPayload = PayloadType(
  MaintenanceRecord,
  'MaintenanceRecord',
  'record',
  'maintenance record',
);
export const MaintenanceRulePayload = PayloadType(MaintenanceRule, 'MaintenanceRule', 'rule', 'maintenance rule');

@ArgsType()
export class EstateListArgs extends PageArgs {
  @Field(() => ID, { description: 'The estate.' })
  estateId: string;
}

@ArgsType()
export class RevenueEntriesArgs extends EstateListArgs {
  @Field(() => String, { description: 'The month, `YYYY-MM`.' })
  period: string;
}

@ArgsType()
export class EquipmentRegisterArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'The estate (this or `communityId` is required).' })
  estateId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The community: every estate of it the viewer may read.' })
  communityId?: string | null;

  @Field(() => EquipmentKind, { nullable: true, description: 'Only this kind.' })
  kind?: EquipmentKind | null;

  @Field(() => MaintenanceStatus, { nullable: true, description: 'Only equipment with this status today.' })
  status?: MaintenanceStatus | null;
}

@ArgsType()
export class MaintenanceRecordsArgs extends PageArgs {
  @Field(() => ID, { description: 'The equipment.' })
  equipmentId: string;
}
