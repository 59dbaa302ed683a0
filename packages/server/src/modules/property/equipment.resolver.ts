import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection } from '../../graphql/pagination.js';
import { FileRef, toFileRef } from '../file/file.types.js';
import { RECORD_FILE } from './equipment.service.js';
import { importMaintenance } from './maintenance.import.js';
import type { Rule } from './maintenance.rules.js';
import { DEFAULT_RULES, duesOf, SATISFIED_BY, statusOn } from './maintenance.rules.js';
import { PropertyReasons as R } from './property.errors.js';
import {
  ImportMaintenanceInput,
  RecordMaintenanceInput,
  RegisterEquipmentInput,
  SetMaintenanceRuleInput,
} from './property.inputs.js';
import { toEquipment, toRecord } from './property.mappers.js';
import {
  Equipment,
  EquipmentConnection,
  EquipmentPayload,
  EquipmentRegisterArgs,
  ImportMaintenancePayload,
  MaintenanceDue,
  MaintenanceRecord,
  MaintenanceRecordConnection,
  MaintenanceRecordPayload,
  MaintenanceRecordsArgs,
  MaintenanceRule,
  MaintenanceRulePayload,
} from './property.types.js';

const toRule = (r: Rule): MaintenanceRule => ({
  ...r,
  defaultIntervalDays:
    DEFAULT_RULES.find((d) => d.equipmentKind === r.equipmentKind && d.requirement === r.requirement)?.intervalDays ??
    r.intervalDays,
  satisfiedBy: [...SATISFIED_BY[r.requirement]],
});

/** The equipment register and maintenance records (设备台账, 维保记录). Rules in the service and policy. */
@Authorized()
@Resolver(() => Equipment)
export class EquipmentResolver {
  @Query(() => EquipmentConnection, {
    description: withReasons(
      "The equipment register of an estate (or of every estate of a community the viewer reads), newest first, each with its maintenance status (staff in reach, the estate's residents).",
      [R.PROPERTY_BLANK],
    ),
  })
  async equipmentRegister(@Args(() => EquipmentRegisterArgs) args: EquipmentRegisterArgs, @Ctx() ctx: RequestContext) {
    const svc = ctx.services.equipment;
    return mapConnection(await svc.register(actorOf(ctx), args), toEquipment(svc.today()));
  }

  @Query(() => Equipment, { description: 'One piece of equipment (NOT_FOUND out of reach).' })
  async equipment(@Arg('id', () => ID, { description: 'Its id.' }) id: string, @Ctx() ctx: RequestContext) {
    const svc = ctx.services.equipment;
    return toEquipment(svc.today())(await svc.get(actorOf(ctx), id));
  }

  @Query(() => MaintenanceRecordConnection, {
    description: 'Maintenance records of a piece of equipment, newest first, with their signed sheets.',
  })
  async maintenanceRecords(
    @Args(() => MaintenanceRecordsArgs) args: MaintenanceRecordsArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return mapConnection(await ctx.services.equipment.records(actorOf(ctx), args.equipmentId, args), toRecord);
  }

  @Query(() => Int, {
    description:
      'How many pieces of equipment of a community are overdue for maintenance today (the dashboard figure; counted over the estates the viewer reads).',
  })
  overdueEquipmentCount(
    @Arg('communityId', () => ID, { description: 'The community.' }) communityId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.equipment.overdueCount(actorOf(ctx), communityId);
  }

  @Query(() => [MaintenanceRule], {
    description:
      'The maintenance intervals in force in a community: the defaults and the community’s own (its staff and residents, the companies and committees of its estates).',
  })
  async maintenanceRules(
    @Arg('communityId', () => ID, { description: 'The community.' }) communityId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return (await ctx.services.equipment.rules(actorOf(ctx), communityId)).map(toRule);
  }

  @Mutation(() => EquipmentPayload, {
    description: withReasons('Register a piece of equipment in an estate (staff of the company serving it).', [
      R.PROPERTY_NOT_PUBLISHER,
      R.PROPERTY_DUPLICATE_REGISTRATION,
      R.PROPERTY_BUILDING_MISMATCH,
      R.PROPERTY_BAD_DATE,
      R.PROPERTY_BLANK,
    ]),
  })
  async registerEquipment(
    @Arg('input', () => RegisterEquipmentInput, { description: 'The equipment.' }) input: RegisterEquipmentInput,
    @Ctx() ctx: RequestContext,
  ) {
    const svc = ctx.services.equipment;
    return { equipment: toEquipment(svc.today())(await svc.registerEquipment(actorOf(ctx), input)) };
  }

  @Mutation(() => MaintenanceRecordPayload, {
    description: withReasons(
      'Record a maintenance visit with its signed sheet (photos or PDF); the equipment’s status follows at once.',
      [R.PROPERTY_NOT_PUBLISHER, R.PROPERTY_BAD_DATE, R.PROPERTY_DATE_IN_FUTURE, R.PROPERTY_BLANK],
    ),
  })
  async recordMaintenance(
    @Arg('input', () => RecordMaintenanceInput, { description: 'The visit.' }) input: RecordMaintenanceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { record: toRecord(await ctx.services.equipment.recordMaintenance(actorOf(ctx), input)) };
  }

  @Mutation(() => ImportMaintenancePayload, {
    description: withReasons(
      'Import maintenance records of one estate from CSV or XLSX: every row is checked; if any is refused nothing is written and `errors` lists the refused rows.',
      [R.PROPERTY_NOT_PUBLISHER, R.PROPERTY_IMPORT_UNREADABLE],
    ),
  })
  importMaintenanceRecords(
    @Arg('input', () => ImportMaintenanceInput, { description: 'The file.' }) input: ImportMaintenanceInput,
    @Ctx() ctx: RequestContext,
  ) {
    return importMaintenance(ctx.services.dataSource, ctx.services.equipment, actorOf(ctx), input);
  }

  @Mutation(() => MaintenanceRulePayload, {
    description: withReasons(
      "Set a community's interval for one obligation of a kind of equipment (community staff, street and system administrators); statuses follow at once.",
      [R.PROPERTY_RULE_UNKNOWN, R.PROPERTY_BAD_INTERVAL],
    ),
  })
  async setMaintenanceRule(
    @Arg('input', () => SetMaintenanceRuleInput, { description: 'The rule.' }) input: SetMaintenanceRuleInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { rule: toRule(await ctx.services.equipment.setRule(actorOf(ctx), input)) };
  }

  @FieldResolver(() => [MaintenanceDue], {
    description: 'Each maintenance obligation with its last day met and due date, soonest first.',
  })
  async dues(@Root() e: Equipment, @Ctx() ctx: RequestContext): Promise<MaintenanceDue[]> {
    const [rules, last] = await Promise.all([
      ctx.loaders.maintenanceRules.load(e.communityId),
      ctx.loaders.lastMaintenance.load(e.id),
    ]);
    const today = ctx.services.equipment.today();
    return duesOf(e.kind, e.installedOn, rules, last).map((d) => ({
      requirement: d.requirement,
      intervalDays: rules.find((r) => r.equipmentKind === e.kind && r.requirement === d.requirement)?.intervalDays ?? 0,
      lastDoneOn: d.lastDoneOn,
      dueOn: d.dueOn,
      status: statusOn(today, d),
    }));
  }
}

@Resolver(() => MaintenanceRecord)
export class MaintenanceRecordFieldsResolver {
  @FieldResolver(() => [FileRef], { description: 'The signed sheet: photos or PDFs.' })
  async attachments(@Root() r: MaintenanceRecord, @Ctx() ctx: RequestContext): Promise<FileRef[]> {
    return (await ctx.loaders.filesByAttachment.load({ type: RECORD_FILE, id: r.id })).map(toFileRef);
  }
}
