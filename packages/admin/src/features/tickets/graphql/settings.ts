import { graphql } from '../../../gql';

export const SettingsCommunitiesDocument = graphql(`
  query SettingsCommunities {
    communities(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const CategorySettingsDocument = graphql(`
  query CategorySettings($communityId: ID!) {
    ticketCategories(communityId: $communityId, includeInactive: true) {
      id
      code
      nameZh
      nameEn
      defaultOrgKind
      replyDays
      resolveDays
      sortOrder
      active
    }
  }
`);

export const CreateTicketCategoryDocument = graphql(`
  mutation CreateTicketCategory($input: CreateTicketCategoryInput!) {
    createTicketCategory(input: $input) {
      category {
        id
        code
        nameZh
        nameEn
        defaultOrgKind
        replyDays
        resolveDays
        sortOrder
        active
      }
    }
  }
`);

export const UpdateTicketCategoryDocument = graphql(`
  mutation UpdateTicketCategory($input: UpdateTicketCategoryInput!) {
    updateTicketCategory(input: $input) {
      category {
        id
        code
        nameZh
        nameEn
        defaultOrgKind
        replyDays
        resolveDays
        sortOrder
        active
      }
    }
  }
`);

export const CalendarYearsDocument = graphql(`
  query CalendarYears {
    calendarYears {
      year
      covered
      complete
      source
      holidayCount
      workdayCount
      note
    }
  }
`);

export const CalendarDaysDocument = graphql(`
  query CalendarDays($year: Int!) {
    calendarDays(year: $year) {
      year
      canManage
      coverage {
        year
        covered
        complete
        source
        holidayCount
        workdayCount
        note
      }
      statutoryDays {
        date
        kind
        name
      }
      days {
        date
        kind
        name
        updatedAt
        updatedBy {
          id
          displayName
        }
      }
    }
  }
`);

export const SetCalendarDayDocument = graphql(`
  mutation SetCalendarDay($input: SetCalendarDayInput!) {
    setCalendarDay(input: $input) {
      day {
        date
        kind
        name
      }
      coverage {
        year
        covered
        complete
        source
        holidayCount
        workdayCount
        note
      }
    }
  }
`);

export const ClearCalendarDayDocument = graphql(`
  mutation ClearCalendarDay($input: ClearCalendarDayInput!) {
    clearCalendarDay(input: $input) {
      date
      removed
      coverage {
        year
        covered
        complete
        source
        holidayCount
        workdayCount
        note
      }
    }
  }
`);

export const SetCalendarYearCompleteDocument = graphql(`
  mutation SetCalendarYearComplete($input: SetCalendarYearCompleteInput!) {
    setCalendarYearComplete(input: $input) {
      coverage {
        year
        covered
        complete
        source
        holidayCount
        workdayCount
        note
      }
    }
  }
`);
