import type { MeetingDetailQuery, MeetingOptionsQuery } from '../../../gql/graphql';
import type { MeetingMutations } from './useMeetingMutations';

export type MeetingDetail = MeetingDetailQuery['meeting'];
export type AgendaItem = MeetingDetail['agenda'][number];

/** What every tab of the meeting drawer receives. */
export interface TabProps {
  meeting: MeetingDetail;
  options: MeetingOptionsQuery | undefined;
  m: MeetingMutations;
}
