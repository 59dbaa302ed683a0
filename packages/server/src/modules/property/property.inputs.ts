import { ArrayMaxSize, IsOptional, Matches } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';
import {
  EquipmentKind,
  ImportFormat,
  MaintenanceKind,
  MaintenanceRequirement,
  MaintenanceResult,
  RevenueDirection,
} from './property.enums.js';

/** Loose shapes that bound the strings; the service checks real dates and months with its reasons. */
const DATE = /^[0-9-]{0,10}$/;
const PERIOD = /^[0-9-]{0,7}$/;
const BASE64 = /^[A-Za-z0-9+/=\r\n]*$/;

@InputType({ description: 'Publish a property service contract of an estate (staff of a company serving it).' })
export class CreatePropertyContractInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId: string;

  @Field(() => String, { description: 'Title (1-100 characters).' })
  @CodePointLength(1, 100)
  title: string;

  @Field(() => String, { description: 'First day of the term, `YYYY-MM-DD`.' })
  @Matches(DATE)
  termStart: string;

  @Field(() => String, { description: 'Last day of the term, `YYYY-MM-DD` (not before `termStart`).' })
  @Matches(DATE)
  termEnd: string;

  @Field(() => String, { description: 'Service level (1-40 characters).' })
  @CodePointLength(1, 40)
  serviceLevel: string;

  @Field(() => Int, { description: 'Property fee per m² per month in fen, 1 to 2,000,000,000.' })
  feeFenPerSqmMonth: number;

  @Field(() => ID, {
    nullable: true,
    description:
      'The contract file (PDF or image) uploaded with `POST /files`; residents of the estate can download it.',
  })
  fileId?: string | null;
}

@InputType({ description: 'Publish a fee standard of an estate.' })
export class CreateFeeStandardInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId: string;

  @Field(() => String, { description: 'What is charged (1-100 characters).' })
  @CodePointLength(1, 100)
  item: string;

  @Field(() => Int, { description: 'Amount in fen per unit, 1 to 2,000,000,000.' })
  amountFen: number;

  @Field(() => String, { description: 'What the amount is per (1-40 characters, e.g. 每平方米每月).' })
  @CodePointLength(1, 40)
  unit: string;

  @Field(() => String, { description: 'First day it applies, `YYYY-MM-DD`.' })
  @Matches(DATE)
  effectiveFrom: string;

  @Field(() => String, { nullable: true, description: 'Note (at most 500 characters).' })
  @CodePointLength(0, 500)
  note?: string | null;
}

@InputType({ description: 'Add an entry to an estate’s public-revenue ledger.' })
export class AddRevenueEntryInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId: string;

  @Field(() => String, { description: 'The month, `YYYY-MM`.' })
  @Matches(PERIOD)
  period: string;

  @Field(() => String, { description: 'Item (1-100 characters).' })
  @CodePointLength(1, 100)
  item: string;

  @Field(() => RevenueDirection, { description: 'Income or expense.' })
  direction: RevenueDirection;

  @Field(() => Int, { description: 'Amount in fen, 1 to 2,000,000,000.' })
  amountFen: number;

  @Field(() => String, { nullable: true, description: 'Note (at most 500 characters).' })
  @CodePointLength(0, 500)
  note?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'The entry this one corrects (same estate and period). The only way to change a closed period; the correction stays visible.',
  })
  correctsId?: string | null;
}

@InputType({ description: 'Change an entry of an open ledger period.' })
export class UpdateRevenueEntryInput {
  @Field(() => ID, { description: 'The entry.' })
  id: string;

  @Field(() => String, { description: 'Item (1-100 characters).' })
  @CodePointLength(1, 100)
  item: string;

  @Field(() => RevenueDirection, { description: 'Income or expense.' })
  direction: RevenueDirection;

  @Field(() => Int, { description: 'Amount in fen, 1 to 2,000,000,000.' })
  amountFen: number;

  @Field(() => String, { nullable: true, description: 'Note (at most 500 characters).' })
  @CodePointLength(0, 500)
  note?: string | null;
}

@InputType({ description: 'Close a month of an estate’s ledger.' })
export class CloseRevenuePeriodInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId: string;

  @Field(() => String, { description: 'The month, `YYYY-MM`.' })
  @Matches(PERIOD)
  period: string;
}

@InputType({ description: 'Register a piece of equipment in an estate.' })
export class RegisterEquipmentInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId: string;

  @Field(() => ID, { nullable: true, description: 'The building it stands in (of the estate).' })
  buildingId?: string | null;

  @Field(() => EquipmentKind, { description: 'Kind.' })
  kind: EquipmentKind;

  @Field(() => String, { description: 'Name (1-100 characters).' })
  @CodePointLength(1, 100)
  name: string;

  @Field(() => String, { description: 'Registration number (1-64 characters), unique within the estate.' })
  @CodePointLength(1, 64)
  registrationNo: string;

  @Field(() => String, { description: 'Installation date, `YYYY-MM-DD`.' })
  @Matches(DATE)
  installedOn: string;
}

@InputType({ description: 'Record a maintenance visit of a piece of equipment.' })
export class RecordMaintenanceInput {
  @Field(() => ID, { description: 'The equipment.' })
  equipmentId: string;

  @Field(() => String, { description: 'Day of the visit, `YYYY-MM-DD`, not after today.' })
  @Matches(DATE)
  performedOn: string;

  @Field(() => MaintenanceKind, { description: 'What was done.' })
  kind: MaintenanceKind;

  @Field(() => String, { description: 'Maintenance contractor (1-100 characters).' })
  @CodePointLength(1, 100)
  contractor: string;

  @Field(() => MaintenanceResult, { description: 'Outcome.' })
  result: MaintenanceResult;

  @Field(() => String, { nullable: true, description: 'Defects found (at most 500 characters).' })
  @CodePointLength(0, 500)
  defects?: string | null;

  @Field(() => String, { nullable: true, description: 'How they were fixed (at most 500 characters).' })
  @CodePointLength(0, 500)
  fix?: string | null;

  @Field(() => String, { nullable: true, description: 'Next due date the contractor wrote, `YYYY-MM-DD`.' })
  @IsOptional()
  @Matches(DATE)
  nextDueOn?: string | null;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'The signed sheet: up to 5 photos or PDFs uploaded with `POST /files`.',
  })
  @ArrayMaxSize(5)
  fileIds: string[];
}

@InputType({ description: 'Import maintenance records of one estate from a CSV or XLSX file: all rows or none.' })
export class ImportMaintenanceInput {
  @Field(() => ID, { description: 'The estate (rows name equipment by its registration number there).' })
  estateId: string;

  @Field(() => ImportFormat, { description: 'CSV or XLSX.' })
  format: ImportFormat;

  @Field(() => String, {
    description:
      'The file, base64 (at most 2 MB decoded, 5,000 rows). Header row: registrationNo, performedOn, kind, contractor, result, defects, fix, nextDueOn.',
  })
  @Matches(BASE64)
  content: string;
}

@InputType({ description: 'Set a community’s interval for one obligation of a kind of equipment.' })
export class SetMaintenanceRuleInput {
  @Field(() => ID, { description: 'The community.' })
  communityId: string;

  @Field(() => EquipmentKind, { description: 'Kind of equipment.' })
  equipmentKind: EquipmentKind;

  @Field(() => MaintenanceRequirement, { description: 'The obligation (one the kind has).' })
  requirement: MaintenanceRequirement;

  @Field(() => Int, { description: 'Interval in days, 1 to 3,650.' })
  intervalDays: number;
}
