import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection } from '../../graphql/pagination.js';
import { FileRef, toFileRef } from '../file/file.types.js';
import { PropertyReasons as R } from './property.errors.js';
import {
  AddRevenueEntryInput,
  CloseRevenuePeriodInput,
  CreateFeeStandardInput,
  CreatePropertyContractInput,
  UpdateRevenueEntryInput,
} from './property.inputs.js';
import { toContract, toFeeStandard, toRevenueEntry } from './property.mappers.js';
import { CONTRACT_FILE } from './property.service.js';
import {
  EstateListArgs,
  FeeStandardConnection,
  FeeStandardPayload,
  PropertyContract,
  PropertyContractConnection,
  PropertyContractPayload,
  RevenueEntriesArgs,
  RevenueEntryConnection,
  RevenueEntryPayload,
  RevenueLedger,
  RevenueLedgerPayload,
} from './property.types.js';

const PUBLISH = [R.PROPERTY_NOT_PUBLISHER, R.PROPERTY_NO_COMPANY];

/** Contracts, fee standards and the public-revenue ledger (物业公开). Rules in the service and policy. */
@Authorized()
@Resolver(() => PropertyContract)
export class PropertyResolver {
  @Query(() => PropertyContractConnection, {
    description: "An estate's property service contracts, newest first (staff in reach, the estate's residents).",
  })
  async propertyContracts(@Args(() => EstateListArgs) args: EstateListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.property.contracts(actorOf(ctx), args.estateId, args), toContract);
  }

  @Query(() => FeeStandardConnection, {
    description: "An estate's fee standards, newest first (staff in reach, the estate's residents).",
  })
  async feeStandards(@Args(() => EstateListArgs) args: EstateListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.property.feeStandards(actorOf(ctx), args.estateId, args), toFeeStandard);
  }

  @Query(() => RevenueEntryConnection, {
    description: "One month of an estate's public-revenue ledger, oldest entry first, correcting entries included.",
  })
  async revenueEntries(@Args(() => RevenueEntriesArgs) args: RevenueEntriesArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(
      await ctx.services.property.entries(actorOf(ctx), args.estateId, args.period, args),
      toRevenueEntry,
    );
  }

  @Query(() => RevenueLedger, {
    description: withReasons("One month of an estate's public-revenue ledger: totals, balance, closed or not.", [
      R.PROPERTY_BAD_PERIOD,
    ]),
  })
  revenueLedger(
    @Arg('estateId', () => ID, { description: 'The estate.' }) estateId: string,
    @Arg('period', () => String, { description: 'The month, `YYYY-MM`.' }) period: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.services.property.ledger(actorOf(ctx), estateId, period);
  }

  @Mutation(() => PropertyContractPayload, {
    description: withReasons(
      'Publish a property service contract of an estate (staff of the company serving it; system administrators).',
      [...PUBLISH, R.PROPERTY_BAD_DATE, R.PROPERTY_BAD_AMOUNT, R.PROPERTY_BLANK],
    ),
  })
  async createPropertyContract(
    @Arg('input', () => CreatePropertyContractInput, { description: 'The contract.' })
    input: CreatePropertyContractInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { contract: toContract(await ctx.services.property.createContract(actorOf(ctx), input)) };
  }

  @Mutation(() => FeeStandardPayload, {
    description: withReasons('Publish a fee standard of an estate.', [
      ...PUBLISH,
      R.PROPERTY_BAD_DATE,
      R.PROPERTY_BAD_AMOUNT,
      R.PROPERTY_BLANK,
    ]),
  })
  async createFeeStandard(
    @Arg('input', () => CreateFeeStandardInput, { description: 'The fee standard.' }) input: CreateFeeStandardInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { feeStandard: toFeeStandard(await ctx.services.property.createFeeStandard(actorOf(ctx), input)) };
  }

  @Mutation(() => RevenueEntryPayload, {
    description: withReasons(
      'Add an entry to a month of the public-revenue ledger. A closed month takes only a correcting entry (`correctsId`).',
      [
        ...PUBLISH,
        R.PROPERTY_PERIOD_CLOSED,
        R.PROPERTY_CORRECTION_MISMATCH,
        R.PROPERTY_BAD_PERIOD,
        R.PROPERTY_BAD_AMOUNT,
      ],
    ),
  })
  async addRevenueEntry(
    @Arg('input', () => AddRevenueEntryInput, { description: 'The entry.' }) input: AddRevenueEntryInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { entry: toRevenueEntry(await ctx.services.property.addEntry(actorOf(ctx), input)) };
  }

  @Mutation(() => RevenueEntryPayload, {
    description: withReasons('Change an entry of an open month (a closed month refuses).', [
      R.PROPERTY_NOT_PUBLISHER,
      R.PROPERTY_PERIOD_CLOSED,
      R.PROPERTY_BAD_AMOUNT,
    ]),
  })
  async updateRevenueEntry(
    @Arg('input', () => UpdateRevenueEntryInput, { description: 'The change.' }) input: UpdateRevenueEntryInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { entry: toRevenueEntry(await ctx.services.property.updateEntry(actorOf(ctx), input)) };
  }

  @Mutation(() => RevenueLedgerPayload, {
    description: withReasons('Close a month of the ledger: its entries never change after.', [
      ...PUBLISH,
      R.PROPERTY_PERIOD_ALREADY_CLOSED,
      R.PROPERTY_BAD_PERIOD,
    ]),
  })
  async closeRevenuePeriod(
    @Arg('input', () => CloseRevenuePeriodInput, { description: 'The month.' }) input: CloseRevenuePeriodInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { ledger: await ctx.services.property.closePeriod(actorOf(ctx), input) };
  }

  @FieldResolver(() => FileRef, {
    nullable: true,
    description: 'The contract file (PDF or image), if one was attached.',
  })
  async file(@Root() c: PropertyContract, @Ctx() ctx: RequestContext): Promise<FileRef | null> {
    const files = await ctx.loaders.filesByAttachment.load({ type: CONTRACT_FILE, id: c.id });
    return files[0] ? toFileRef(files[0]) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name of the property company.' })
  async companyName(@Root() c: PropertyContract, @Ctx() ctx: RequestContext): Promise<string | null> {
    return (await ctx.loaders.organisation.load(c.organisationId))?.name ?? null;
  }
}
