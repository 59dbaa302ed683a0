import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { withReasons } from '../../common/errors.js';
import { actorOf, type RequestContext } from '../../graphql/context.js';
import { mapConnection } from '../../graphql/pagination.js';
import { Role } from '../identity/identity.enums.js';
import { ApiClientReasons as R } from './api-client.errors.js';
import {
  CreateApiClientInput,
  RevokeApiClientInput,
  RotateApiClientKeyInput,
  UpdateApiClientInput,
} from './api-client.inputs.js';
import { toApiClient } from './api-client.mappers.js';
import {
  ApiClient,
  ApiClientConnection,
  ApiClientKeyPayload,
  ApiClientListArgs,
  ApiClientPayload,
} from './api-client.types.js';

/** The app registry (应用接入): thin — each operation hands the actor to the service. */
@Authorized([Role.SYSTEM_ADMIN, Role.STREET_ADMIN])
@Resolver(() => ApiClient)
export class ApiClientResolver {
  @Query(() => ApiClientConnection, {
    description: withReasons(
      'Apps registered in the viewer’s streets, newest first (street and system administrators). Any operation of an app (`X-Api-Key`) or of anyone may be refused by the key checks and the request limits with the reasons below.',
      [
        R.API_KEY_UNKNOWN,
        R.API_KEY_EXPIRED,
        R.API_KEY_REVOKED,
        R.API_ORIGIN_NOT_ALLOWED,
        R.API_PAGE_SIZE_OUT_OF_RANGE,
        R.API_QUERY_TOO_COSTLY,
        R.API_BUDGET_EXCEEDED,
      ],
    ),
  })
  async apiClients(@Args(() => ApiClientListArgs) args: ApiClientListArgs, @Ctx() ctx: RequestContext) {
    return mapConnection(await ctx.services.apiClient.list(actorOf(ctx), args), toApiClient);
  }

  @FieldResolver(() => String, { description: 'Name of the owner organisation.' })
  async organisationName(@Root() app: ApiClient, @Ctx() ctx: RequestContext): Promise<string> {
    return (await ctx.loaders.organisation.load(app.organisationId))?.name ?? '';
  }

  @Mutation(() => ApiClientKeyPayload, {
    description: withReasons(
      'Register an app of an organisation; its key is in the answer this once (street and system administrators).',
      [R.API_CLIENT_BLANK_NAME, R.API_CLIENT_BAD_ORIGIN, R.API_CLIENT_OWNER_NOT_FOUND],
    ),
  })
  async createApiClient(
    @Arg('input', () => CreateApiClientInput, { description: 'The app.' }) input: CreateApiClientInput,
    @Ctx() ctx: RequestContext,
  ) {
    const { row, key } = await ctx.services.apiClient.create(actorOf(ctx), input);
    return { apiClient: toApiClient(row), key };
  }

  @Mutation(() => ApiClientPayload, {
    description: withReasons('Change an app’s name, allowed origins or budget.', [
      R.API_CLIENT_BLANK_NAME,
      R.API_CLIENT_BAD_ORIGIN,
      R.API_CLIENT_REVOKED,
      R.API_CLIENT_CHANGED,
    ]),
  })
  async updateApiClient(
    @Arg('input', () => UpdateApiClientInput, { description: 'What changes.' }) input: UpdateApiClientInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { apiClient: toApiClient(await ctx.services.apiClient.update(actorOf(ctx), input)) };
  }

  @Mutation(() => ApiClientKeyPayload, {
    description: withReasons(
      'Issue a new key for an app; the old key keeps working until the overlap ends. The new key is in the answer this once.',
      [R.API_CLIENT_REVOKED, R.API_CLIENT_CHANGED],
    ),
  })
  async rotateApiClientKey(
    @Arg('input', () => RotateApiClientKeyInput, { description: 'The app and the overlap.' })
    input: RotateApiClientKeyInput,
    @Ctx() ctx: RequestContext,
  ) {
    const { row, key } = await ctx.services.apiClient.rotate(actorOf(ctx), input);
    return { apiClient: toApiClient(row), key };
  }

  @Mutation(() => ApiClientPayload, {
    description: withReasons('Revoke an app: its keys are refused from now on (APP_KEY_REVOKED).', [
      R.API_CLIENT_CHANGED,
    ]),
  })
  async revokeApiClient(
    @Arg('input', () => RevokeApiClientInput, { description: 'The app.' }) input: RevokeApiClientInput,
    @Ctx() ctx: RequestContext,
  ) {
    return { apiClient: toApiClient(await ctx.services.apiClient.revoke(actorOf(ctx), input)) };
  }
}
