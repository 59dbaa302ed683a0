/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation ResidentLoginWithWechat($input: LoginWithWechatInput!) {\n    loginWithWechat(input: $input) {\n      linkToken\n      linkTokenExpiresAt\n      session {\n        accessToken\n        refreshToken\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.ResidentLoginWithWechatDocument,
    "\n  mutation ResidentLinkWechatPhone($input: LinkWechatPhoneInput!) {\n    linkWechatPhone(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ResidentLinkWechatPhoneDocument,
    "\n  query ResidentTicketBoard($communityId: ID!, $sort: BoardSort!, $first: Int!) {\n    ticketBoard(communityId: $communityId, sort: $sort, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          body\n          state\n          createdAt\n          meTooCount\n          viewerMeToo\n          viewerFollows\n          category {\n            id\n            nameZh\n            nameEn\n          }\n          estate {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResidentTicketBoardDocument,
    "\n  mutation ResidentMeTooTicket($input: BoardTicketInput!) {\n    meTooTicket(input: $input) {\n      ticket {\n        id\n        meTooCount\n        viewerMeToo\n      }\n    }\n  }\n": typeof types.ResidentMeTooTicketDocument,
    "\n  mutation ResidentFollowTicket($input: FollowTicketInput!) {\n    followTicket(input: $input) {\n      ticket {\n        id\n        viewerFollows\n      }\n    }\n  }\n": typeof types.ResidentFollowTicketDocument,
    "\n  query ResidentNotifications($first: Int!, $locale: String) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          title(locale: $locale)\n          body(locale: $locale)\n          createdAt\n          readAt\n          subject {\n            type\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResidentNotificationsDocument,
    "\n  mutation ResidentMarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      updated\n      unreadCount\n    }\n  }\n": typeof types.ResidentMarkNotificationsReadDocument,
    "\n  query ResidentPublications($first: Int!, $channel: PublicationChannel) {\n    publications(first: $first, channel: $channel, statuses: [PUBLISHED]) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          body\n          channel\n          kind\n          scope\n          placeName\n          publisherName\n          pinned\n          isNew\n          publishedAt\n          revisionNumber\n          attachments {\n            id\n            originalName\n            url\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResidentPublicationsDocument,
    "\n  query ResidentRevenueLedger($estateId: ID!, $period: String!, $first: Int!) {\n    revenueLedger(estateId: $estateId, period: $period) {\n      period\n      incomeFen\n      expenseFen\n      balanceFen\n      closed\n      entryCount\n    }\n    revenueEntries(estateId: $estateId, period: $period, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          item\n          direction\n          amountFen\n          note\n          correctsId\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.ResidentRevenueLedgerDocument,
    "\n  query ResidentOpenMeetings($first: Int!) {\n    openMeetings(first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          state\n          startsAt\n          endsAt\n          place\n          onlineUrl\n          registeredCount\n          residentCapacity\n          viewerCan {\n            register\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResidentOpenMeetingsDocument,
    "\n  mutation ResidentRegisterForMeeting($input: RegisterForMeetingInput!) {\n    registerForMeeting(input: $input) {\n      meeting {\n        id\n        registeredCount\n        viewerCan {\n          register\n        }\n      }\n    }\n  }\n": typeof types.ResidentRegisterForMeetingDocument,
    "\n  query ResidentVolunteerActivities($communityId: ID!, $first: Int!) {\n    volunteerActivities(communityId: $communityId, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          place\n          startsAt\n          endsAt\n          signupDeadline\n          capacity\n          signedUpCount\n          pointsPerHour\n          skillsWanted\n        }\n      }\n    }\n    myVolunteerRecord(communityId: $communityId) {\n      activities\n      totalMinutes\n      years {\n        year\n        minutes\n        activities\n      }\n    }\n  }\n": typeof types.ResidentVolunteerActivitiesDocument,
    "\n  query ResidentMySignups($first: Int!) {\n    mySignups(first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          activityId\n          activityTitle\n          status\n          position\n          hoursStatus\n          recordedMinutes\n          approvedMinutes\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.ResidentMySignupsDocument,
    "\n  mutation ResidentSignUpForActivity($input: SignUpInput!) {\n    signUpForActivity(input: $input) {\n      signup {\n        id\n        status\n        position\n      }\n    }\n  }\n": typeof types.ResidentSignUpForActivityDocument,
    "\n  mutation ResidentCancelActivitySignup($input: CancelSignupInput!) {\n    cancelActivitySignup(input: $input) {\n      signup {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ResidentCancelActivitySignupDocument,
    "\n  query ResidentMyPoints($communityId: ID!, $first: Int!) {\n    myPointsBalance(communityId: $communityId)\n    myPointsEntries(communityId: $communityId, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          delta\n          balanceAfter\n          reason\n          note\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.ResidentMyPointsDocument,
    "\n  query ResidentPointsLeaderboard($communityId: ID!, $period: LeaderboardPeriod!, $first: Int!) {\n    pointsLeaderboard(communityId: $communityId, period: $period, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          rank\n          displayName\n          points\n          isViewer\n        }\n      }\n    }\n  }\n": typeof types.ResidentPointsLeaderboardDocument,
    "\n  query ResidentPointsRewards($communityId: ID!, $first: Int!) {\n    pointsRewards(communityId: $communityId, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          cost\n          stock\n          perPersonLimit\n        }\n      }\n    }\n    myRedemptions(first: 20) {\n      edges {\n        node {\n          id\n          rewardName\n          cost\n          status\n          pickupCode\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.ResidentPointsRewardsDocument,
    "\n  mutation ResidentRedeemPointsReward($input: RedeemPointsRewardInput!) {\n    redeemPointsReward(input: $input) {\n      redemption {\n        id\n        status\n        pickupCode\n      }\n    }\n  }\n": typeof types.ResidentRedeemPointsRewardDocument,
    "\n  query ResidentVotes($communityId: ID!, $first: Int!) {\n    votes(communityId: $communityId, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          opensAt\n          closesAt\n          onRoll\n          estate {\n            id\n            name\n          }\n          matters {\n            id\n            position\n            title\n            text\n          }\n          myBallot {\n            id\n            revision\n            updatedAt\n            choices {\n              matterId\n              choice\n            }\n          }\n          viewerCan {\n            cast\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResidentVotesDocument,
    "\n  mutation ResidentCastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      vote {\n        id\n        myBallot {\n          id\n          revision\n          choices {\n            matterId\n            choice\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResidentCastBallotDocument,
    "\n  query ResidentMyErasureRequest {\n    myErasureRequest {\n      id\n      status\n      createdAt\n      dueAt\n      completedAt\n    }\n  }\n": typeof types.ResidentMyErasureRequestDocument,
    "\n  query ResidentMyDataExport {\n    myDataExport {\n      generatedAt\n      html\n    }\n  }\n": typeof types.ResidentMyDataExportDocument,
    "\n  mutation ResidentRequestErasure {\n    requestErasure {\n      request {\n        id\n        status\n        createdAt\n        dueAt\n      }\n    }\n  }\n": typeof types.ResidentRequestErasureDocument,
    "\n  query ResidentVenues($communityId: ID!, $first: Int!) {\n    venues(communityId: $communityId, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          capacity\n          facilities\n          approvalRequired\n          weeklyQuota\n          monthlyQuota\n        }\n      }\n    }\n  }\n": typeof types.ResidentVenuesDocument,
    "\n  query ResidentVenue($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    venue(id: $id) {\n      id\n      name\n      description\n      capacity\n      facilities\n      approvalRequired\n      slotMinutes\n      minMinutes\n      maxMinutes\n      horizonDays\n      weeklyQuota\n      monthlyQuota\n      openingHours {\n        weekday\n        open\n        close\n      }\n    }\n    venueAvailability(venueId: $id, from: $from, to: $to, bookAs: RESIDENT) {\n      startsAt\n      endsAt\n      taken\n      bookable\n      reason\n    }\n  }\n": typeof types.ResidentVenueDocument,
    "\n  mutation ResidentBookVenue($input: BookVenueInput!) {\n    bookVenue(input: $input) {\n      booking {\n        id\n        status\n        startsAt\n        endsAt\n        checkInCode\n      }\n    }\n  }\n": typeof types.ResidentBookVenueDocument,
    "\n  query ResidentMyBookings($first: Int!) {\n    myBookings(first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          status\n          startsAt\n          endsAt\n          purpose\n          attendees\n          checkInCode\n          expiresAt\n          reason\n          venue {\n            id\n            name\n          }\n          viewerCan {\n            cancel\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResidentMyBookingsDocument,
    "\n  mutation ResidentCancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      booking {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ResidentCancelBookingDocument,
    "\n  mutation ResidentRequestSmsCode($input: RequestSmsCodeInput!) {\n    requestSmsCode(input: $input) {\n      sent\n      expiresInSeconds\n      resendAfterSeconds\n    }\n  }\n": typeof types.ResidentRequestSmsCodeDocument,
    "\n  mutation ResidentLoginWithSmsCode($input: LoginWithSmsCodeInput!) {\n    loginWithSmsCode(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ResidentLoginWithSmsCodeDocument,
    "\n  mutation ResidentRegister($input: RegisterResidentInput!) {\n    registerResident(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ResidentRegisterDocument,
    "\n  mutation ResidentRefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": typeof types.ResidentRefreshSessionDocument,
    "\n  mutation ResidentLogout {\n    logout {\n      ok\n    }\n  }\n": typeof types.ResidentLogoutDocument,
    "\n  query ResidentMyHome {\n    me {\n      id\n      displayName\n      phone\n    }\n    myHouseholdBindings {\n      id\n      status\n      relation\n      reason\n      createdAt\n      household {\n        id\n        label\n        unit\n        room\n        building {\n          id\n          name\n        }\n      }\n      estate {\n        id\n        name\n        community {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ResidentMyHomeDocument,
    "\n  query ResidentEstateDirectory($search: String, $first: Int!) {\n    estateDirectory(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          address\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResidentEstateDirectoryDocument,
    "\n  query ResidentBuildingDirectory($estateId: ID!, $first: Int!) {\n    buildingDirectory(estateId: $estateId, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ResidentBuildingDirectoryDocument,
    "\n  mutation ResidentRequestHouseholdBinding($input: RequestHouseholdBindingInput!) {\n    requestHouseholdBinding(input: $input) {\n      binding {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ResidentRequestHouseholdBindingDocument,
    "\n  query ResidentTicketCategories($communityId: ID!) {\n    ticketCategories(communityId: $communityId) {\n      id\n      nameZh\n      nameEn\n      parentId\n    }\n  }\n": typeof types.ResidentTicketCategoriesDocument,
    "\n  mutation ResidentSubmitTicket($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n        number\n        state\n      }\n    }\n  }\n": typeof types.ResidentSubmitTicketDocument,
    "\n  query ResidentMyTickets($first: Int!, $after: String) {\n    myTickets(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          state\n          createdAt\n          rating\n          replyDeadline {\n            dueAt\n            isOverdue\n            workingDaysLeft\n          }\n          resolveDeadline {\n            dueAt\n            isOverdue\n            workingDaysLeft\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResidentMyTicketsDocument,
    "\n  query ResidentTicket($id: ID!) {\n    ticket(id: $id) {\n      id\n      number\n      title\n      body\n      state\n      anonymous\n      locationText\n      createdAt\n      rating\n      ratingComment\n      version\n      category {\n        id\n        nameZh\n        nameEn\n      }\n      estate {\n        id\n        name\n      }\n      building {\n        id\n        name\n      }\n      photos {\n        id\n        url\n      }\n      replyDeadline {\n        dueAt\n        isOverdue\n        workingDaysLeft\n      }\n      resolveDeadline {\n        dueAt\n        isOverdue\n        workingDaysLeft\n      }\n      viewerCan {\n        rate\n        reopen\n        withdraw\n      }\n      timeline(first: 50) {\n        edges {\n          node {\n            id\n            type\n            createdAt\n            note\n            toState\n            actorName\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ResidentTicketDocument,
    "\n  mutation ResidentRateTicket($input: RateTicketInput!) {\n    rateTicket(input: $input) {\n      ticket {\n        id\n        state\n        rating\n      }\n    }\n  }\n": typeof types.ResidentRateTicketDocument,
    "\n  mutation ResidentReopenTicket($input: ReopenTicketInput!) {\n    reopenTicket(input: $input) {\n      ticket {\n        id\n        state\n      }\n    }\n  }\n": typeof types.ResidentReopenTicketDocument,
    "\n  mutation ResidentWithdrawTicket($input: WithdrawTicketInput!) {\n    withdrawTicket(input: $input) {\n      ticket {\n        id\n        state\n      }\n    }\n  }\n": typeof types.ResidentWithdrawTicketDocument,
    "\n  subscription ResidentNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      createdAt\n      subject {\n        type\n        id\n      }\n    }\n  }\n": typeof types.ResidentNotificationAddedDocument,
    "\n  query ResidentEquipmentRegister($estateId: ID!, $first: Int!) {\n    equipmentRegister(estateId: $estateId, first: $first) {\n      edges {\n        node {\n          id\n          name\n          kind\n          buildingId\n          registrationNo\n          maintenanceStatus\n          nextDueOn\n        }\n      }\n    }\n  }\n": typeof types.ResidentEquipmentRegisterDocument,
    "\n  query ResidentMaintenanceRecords($equipmentId: ID!, $first: Int!) {\n    maintenanceRecords(equipmentId: $equipmentId, first: $first) {\n      edges {\n        node {\n          id\n          kind\n          performedOn\n          contractor\n          result\n          defects\n          fix\n          nextDueOn\n        }\n      }\n    }\n  }\n": typeof types.ResidentMaintenanceRecordsDocument,
};
const documents: Documents = {
    "\n  mutation ResidentLoginWithWechat($input: LoginWithWechatInput!) {\n    loginWithWechat(input: $input) {\n      linkToken\n      linkTokenExpiresAt\n      session {\n        accessToken\n        refreshToken\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.ResidentLoginWithWechatDocument,
    "\n  mutation ResidentLinkWechatPhone($input: LinkWechatPhoneInput!) {\n    linkWechatPhone(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.ResidentLinkWechatPhoneDocument,
    "\n  query ResidentTicketBoard($communityId: ID!, $sort: BoardSort!, $first: Int!) {\n    ticketBoard(communityId: $communityId, sort: $sort, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          body\n          state\n          createdAt\n          meTooCount\n          viewerMeToo\n          viewerFollows\n          category {\n            id\n            nameZh\n            nameEn\n          }\n          estate {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ResidentTicketBoardDocument,
    "\n  mutation ResidentMeTooTicket($input: BoardTicketInput!) {\n    meTooTicket(input: $input) {\n      ticket {\n        id\n        meTooCount\n        viewerMeToo\n      }\n    }\n  }\n": types.ResidentMeTooTicketDocument,
    "\n  mutation ResidentFollowTicket($input: FollowTicketInput!) {\n    followTicket(input: $input) {\n      ticket {\n        id\n        viewerFollows\n      }\n    }\n  }\n": types.ResidentFollowTicketDocument,
    "\n  query ResidentNotifications($first: Int!, $locale: String) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          title(locale: $locale)\n          body(locale: $locale)\n          createdAt\n          readAt\n          subject {\n            type\n            id\n          }\n        }\n      }\n    }\n  }\n": types.ResidentNotificationsDocument,
    "\n  mutation ResidentMarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      updated\n      unreadCount\n    }\n  }\n": types.ResidentMarkNotificationsReadDocument,
    "\n  query ResidentPublications($first: Int!, $channel: PublicationChannel) {\n    publications(first: $first, channel: $channel, statuses: [PUBLISHED]) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          body\n          channel\n          kind\n          scope\n          placeName\n          publisherName\n          pinned\n          isNew\n          publishedAt\n          revisionNumber\n          attachments {\n            id\n            originalName\n            url\n          }\n        }\n      }\n    }\n  }\n": types.ResidentPublicationsDocument,
    "\n  query ResidentRevenueLedger($estateId: ID!, $period: String!, $first: Int!) {\n    revenueLedger(estateId: $estateId, period: $period) {\n      period\n      incomeFen\n      expenseFen\n      balanceFen\n      closed\n      entryCount\n    }\n    revenueEntries(estateId: $estateId, period: $period, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          item\n          direction\n          amountFen\n          note\n          correctsId\n          createdAt\n        }\n      }\n    }\n  }\n": types.ResidentRevenueLedgerDocument,
    "\n  query ResidentOpenMeetings($first: Int!) {\n    openMeetings(first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          state\n          startsAt\n          endsAt\n          place\n          onlineUrl\n          registeredCount\n          residentCapacity\n          viewerCan {\n            register\n          }\n        }\n      }\n    }\n  }\n": types.ResidentOpenMeetingsDocument,
    "\n  mutation ResidentRegisterForMeeting($input: RegisterForMeetingInput!) {\n    registerForMeeting(input: $input) {\n      meeting {\n        id\n        registeredCount\n        viewerCan {\n          register\n        }\n      }\n    }\n  }\n": types.ResidentRegisterForMeetingDocument,
    "\n  query ResidentVolunteerActivities($communityId: ID!, $first: Int!) {\n    volunteerActivities(communityId: $communityId, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          place\n          startsAt\n          endsAt\n          signupDeadline\n          capacity\n          signedUpCount\n          pointsPerHour\n          skillsWanted\n        }\n      }\n    }\n    myVolunteerRecord(communityId: $communityId) {\n      activities\n      totalMinutes\n      years {\n        year\n        minutes\n        activities\n      }\n    }\n  }\n": types.ResidentVolunteerActivitiesDocument,
    "\n  query ResidentMySignups($first: Int!) {\n    mySignups(first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          activityId\n          activityTitle\n          status\n          position\n          hoursStatus\n          recordedMinutes\n          approvedMinutes\n          createdAt\n        }\n      }\n    }\n  }\n": types.ResidentMySignupsDocument,
    "\n  mutation ResidentSignUpForActivity($input: SignUpInput!) {\n    signUpForActivity(input: $input) {\n      signup {\n        id\n        status\n        position\n      }\n    }\n  }\n": types.ResidentSignUpForActivityDocument,
    "\n  mutation ResidentCancelActivitySignup($input: CancelSignupInput!) {\n    cancelActivitySignup(input: $input) {\n      signup {\n        id\n        status\n      }\n    }\n  }\n": types.ResidentCancelActivitySignupDocument,
    "\n  query ResidentMyPoints($communityId: ID!, $first: Int!) {\n    myPointsBalance(communityId: $communityId)\n    myPointsEntries(communityId: $communityId, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          delta\n          balanceAfter\n          reason\n          note\n          createdAt\n        }\n      }\n    }\n  }\n": types.ResidentMyPointsDocument,
    "\n  query ResidentPointsLeaderboard($communityId: ID!, $period: LeaderboardPeriod!, $first: Int!) {\n    pointsLeaderboard(communityId: $communityId, period: $period, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          rank\n          displayName\n          points\n          isViewer\n        }\n      }\n    }\n  }\n": types.ResidentPointsLeaderboardDocument,
    "\n  query ResidentPointsRewards($communityId: ID!, $first: Int!) {\n    pointsRewards(communityId: $communityId, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          cost\n          stock\n          perPersonLimit\n        }\n      }\n    }\n    myRedemptions(first: 20) {\n      edges {\n        node {\n          id\n          rewardName\n          cost\n          status\n          pickupCode\n          createdAt\n        }\n      }\n    }\n  }\n": types.ResidentPointsRewardsDocument,
    "\n  mutation ResidentRedeemPointsReward($input: RedeemPointsRewardInput!) {\n    redeemPointsReward(input: $input) {\n      redemption {\n        id\n        status\n        pickupCode\n      }\n    }\n  }\n": types.ResidentRedeemPointsRewardDocument,
    "\n  query ResidentVotes($communityId: ID!, $first: Int!) {\n    votes(communityId: $communityId, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          opensAt\n          closesAt\n          onRoll\n          estate {\n            id\n            name\n          }\n          matters {\n            id\n            position\n            title\n            text\n          }\n          myBallot {\n            id\n            revision\n            updatedAt\n            choices {\n              matterId\n              choice\n            }\n          }\n          viewerCan {\n            cast\n          }\n        }\n      }\n    }\n  }\n": types.ResidentVotesDocument,
    "\n  mutation ResidentCastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      vote {\n        id\n        myBallot {\n          id\n          revision\n          choices {\n            matterId\n            choice\n          }\n        }\n      }\n    }\n  }\n": types.ResidentCastBallotDocument,
    "\n  query ResidentMyErasureRequest {\n    myErasureRequest {\n      id\n      status\n      createdAt\n      dueAt\n      completedAt\n    }\n  }\n": types.ResidentMyErasureRequestDocument,
    "\n  query ResidentMyDataExport {\n    myDataExport {\n      generatedAt\n      html\n    }\n  }\n": types.ResidentMyDataExportDocument,
    "\n  mutation ResidentRequestErasure {\n    requestErasure {\n      request {\n        id\n        status\n        createdAt\n        dueAt\n      }\n    }\n  }\n": types.ResidentRequestErasureDocument,
    "\n  query ResidentVenues($communityId: ID!, $first: Int!) {\n    venues(communityId: $communityId, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          capacity\n          facilities\n          approvalRequired\n          weeklyQuota\n          monthlyQuota\n        }\n      }\n    }\n  }\n": types.ResidentVenuesDocument,
    "\n  query ResidentVenue($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    venue(id: $id) {\n      id\n      name\n      description\n      capacity\n      facilities\n      approvalRequired\n      slotMinutes\n      minMinutes\n      maxMinutes\n      horizonDays\n      weeklyQuota\n      monthlyQuota\n      openingHours {\n        weekday\n        open\n        close\n      }\n    }\n    venueAvailability(venueId: $id, from: $from, to: $to, bookAs: RESIDENT) {\n      startsAt\n      endsAt\n      taken\n      bookable\n      reason\n    }\n  }\n": types.ResidentVenueDocument,
    "\n  mutation ResidentBookVenue($input: BookVenueInput!) {\n    bookVenue(input: $input) {\n      booking {\n        id\n        status\n        startsAt\n        endsAt\n        checkInCode\n      }\n    }\n  }\n": types.ResidentBookVenueDocument,
    "\n  query ResidentMyBookings($first: Int!) {\n    myBookings(first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          status\n          startsAt\n          endsAt\n          purpose\n          attendees\n          checkInCode\n          expiresAt\n          reason\n          venue {\n            id\n            name\n          }\n          viewerCan {\n            cancel\n          }\n        }\n      }\n    }\n  }\n": types.ResidentMyBookingsDocument,
    "\n  mutation ResidentCancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      booking {\n        id\n        status\n      }\n    }\n  }\n": types.ResidentCancelBookingDocument,
    "\n  mutation ResidentRequestSmsCode($input: RequestSmsCodeInput!) {\n    requestSmsCode(input: $input) {\n      sent\n      expiresInSeconds\n      resendAfterSeconds\n    }\n  }\n": types.ResidentRequestSmsCodeDocument,
    "\n  mutation ResidentLoginWithSmsCode($input: LoginWithSmsCodeInput!) {\n    loginWithSmsCode(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.ResidentLoginWithSmsCodeDocument,
    "\n  mutation ResidentRegister($input: RegisterResidentInput!) {\n    registerResident(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n": types.ResidentRegisterDocument,
    "\n  mutation ResidentRefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n": types.ResidentRefreshSessionDocument,
    "\n  mutation ResidentLogout {\n    logout {\n      ok\n    }\n  }\n": types.ResidentLogoutDocument,
    "\n  query ResidentMyHome {\n    me {\n      id\n      displayName\n      phone\n    }\n    myHouseholdBindings {\n      id\n      status\n      relation\n      reason\n      createdAt\n      household {\n        id\n        label\n        unit\n        room\n        building {\n          id\n          name\n        }\n      }\n      estate {\n        id\n        name\n        community {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ResidentMyHomeDocument,
    "\n  query ResidentEstateDirectory($search: String, $first: Int!) {\n    estateDirectory(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          address\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ResidentEstateDirectoryDocument,
    "\n  query ResidentBuildingDirectory($estateId: ID!, $first: Int!) {\n    buildingDirectory(estateId: $estateId, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ResidentBuildingDirectoryDocument,
    "\n  mutation ResidentRequestHouseholdBinding($input: RequestHouseholdBindingInput!) {\n    requestHouseholdBinding(input: $input) {\n      binding {\n        id\n        status\n      }\n    }\n  }\n": types.ResidentRequestHouseholdBindingDocument,
    "\n  query ResidentTicketCategories($communityId: ID!) {\n    ticketCategories(communityId: $communityId) {\n      id\n      nameZh\n      nameEn\n      parentId\n    }\n  }\n": types.ResidentTicketCategoriesDocument,
    "\n  mutation ResidentSubmitTicket($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n        number\n        state\n      }\n    }\n  }\n": types.ResidentSubmitTicketDocument,
    "\n  query ResidentMyTickets($first: Int!, $after: String) {\n    myTickets(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          state\n          createdAt\n          rating\n          replyDeadline {\n            dueAt\n            isOverdue\n            workingDaysLeft\n          }\n          resolveDeadline {\n            dueAt\n            isOverdue\n            workingDaysLeft\n          }\n        }\n      }\n    }\n  }\n": types.ResidentMyTicketsDocument,
    "\n  query ResidentTicket($id: ID!) {\n    ticket(id: $id) {\n      id\n      number\n      title\n      body\n      state\n      anonymous\n      locationText\n      createdAt\n      rating\n      ratingComment\n      version\n      category {\n        id\n        nameZh\n        nameEn\n      }\n      estate {\n        id\n        name\n      }\n      building {\n        id\n        name\n      }\n      photos {\n        id\n        url\n      }\n      replyDeadline {\n        dueAt\n        isOverdue\n        workingDaysLeft\n      }\n      resolveDeadline {\n        dueAt\n        isOverdue\n        workingDaysLeft\n      }\n      viewerCan {\n        rate\n        reopen\n        withdraw\n      }\n      timeline(first: 50) {\n        edges {\n          node {\n            id\n            type\n            createdAt\n            note\n            toState\n            actorName\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ResidentTicketDocument,
    "\n  mutation ResidentRateTicket($input: RateTicketInput!) {\n    rateTicket(input: $input) {\n      ticket {\n        id\n        state\n        rating\n      }\n    }\n  }\n": types.ResidentRateTicketDocument,
    "\n  mutation ResidentReopenTicket($input: ReopenTicketInput!) {\n    reopenTicket(input: $input) {\n      ticket {\n        id\n        state\n      }\n    }\n  }\n": types.ResidentReopenTicketDocument,
    "\n  mutation ResidentWithdrawTicket($input: WithdrawTicketInput!) {\n    withdrawTicket(input: $input) {\n      ticket {\n        id\n        state\n      }\n    }\n  }\n": types.ResidentWithdrawTicketDocument,
    "\n  subscription ResidentNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      createdAt\n      subject {\n        type\n        id\n      }\n    }\n  }\n": types.ResidentNotificationAddedDocument,
    "\n  query ResidentEquipmentRegister($estateId: ID!, $first: Int!) {\n    equipmentRegister(estateId: $estateId, first: $first) {\n      edges {\n        node {\n          id\n          name\n          kind\n          buildingId\n          registrationNo\n          maintenanceStatus\n          nextDueOn\n        }\n      }\n    }\n  }\n": types.ResidentEquipmentRegisterDocument,
    "\n  query ResidentMaintenanceRecords($equipmentId: ID!, $first: Int!) {\n    maintenanceRecords(equipmentId: $equipmentId, first: $first) {\n      edges {\n        node {\n          id\n          kind\n          performedOn\n          contractor\n          result\n          defects\n          fix\n          nextDueOn\n        }\n      }\n    }\n  }\n": types.ResidentMaintenanceRecordsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentLoginWithWechat($input: LoginWithWechatInput!) {\n    loginWithWechat(input: $input) {\n      linkToken\n      linkTokenExpiresAt\n      session {\n        accessToken\n        refreshToken\n        user {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentLoginWithWechatDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentLinkWechatPhone($input: LinkWechatPhoneInput!) {\n    linkWechatPhone(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentLinkWechatPhoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentTicketBoard($communityId: ID!, $sort: BoardSort!, $first: Int!) {\n    ticketBoard(communityId: $communityId, sort: $sort, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          body\n          state\n          createdAt\n          meTooCount\n          viewerMeToo\n          viewerFollows\n          category {\n            id\n            nameZh\n            nameEn\n          }\n          estate {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentTicketBoardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentMeTooTicket($input: BoardTicketInput!) {\n    meTooTicket(input: $input) {\n      ticket {\n        id\n        meTooCount\n        viewerMeToo\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentMeTooTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentFollowTicket($input: FollowTicketInput!) {\n    followTicket(input: $input) {\n      ticket {\n        id\n        viewerFollows\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentFollowTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentNotifications($first: Int!, $locale: String) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          kind\n          title(locale: $locale)\n          body(locale: $locale)\n          createdAt\n          readAt\n          subject {\n            type\n            id\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentMarkNotificationsRead($input: MarkNotificationsReadInput!) {\n    markNotificationsRead(input: $input) {\n      updated\n      unreadCount\n    }\n  }\n"): typeof import('./graphql').ResidentMarkNotificationsReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentPublications($first: Int!, $channel: PublicationChannel) {\n    publications(first: $first, channel: $channel, statuses: [PUBLISHED]) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          body\n          channel\n          kind\n          scope\n          placeName\n          publisherName\n          pinned\n          isNew\n          publishedAt\n          revisionNumber\n          attachments {\n            id\n            originalName\n            url\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentPublicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentRevenueLedger($estateId: ID!, $period: String!, $first: Int!) {\n    revenueLedger(estateId: $estateId, period: $period) {\n      period\n      incomeFen\n      expenseFen\n      balanceFen\n      closed\n      entryCount\n    }\n    revenueEntries(estateId: $estateId, period: $period, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          item\n          direction\n          amountFen\n          note\n          correctsId\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentRevenueLedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentOpenMeetings($first: Int!) {\n    openMeetings(first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          kind\n          state\n          startsAt\n          endsAt\n          place\n          onlineUrl\n          registeredCount\n          residentCapacity\n          viewerCan {\n            register\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentOpenMeetingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentRegisterForMeeting($input: RegisterForMeetingInput!) {\n    registerForMeeting(input: $input) {\n      meeting {\n        id\n        registeredCount\n        viewerCan {\n          register\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentRegisterForMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentVolunteerActivities($communityId: ID!, $first: Int!) {\n    volunteerActivities(communityId: $communityId, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          place\n          startsAt\n          endsAt\n          signupDeadline\n          capacity\n          signedUpCount\n          pointsPerHour\n          skillsWanted\n        }\n      }\n    }\n    myVolunteerRecord(communityId: $communityId) {\n      activities\n      totalMinutes\n      years {\n        year\n        minutes\n        activities\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentVolunteerActivitiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentMySignups($first: Int!) {\n    mySignups(first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          activityId\n          activityTitle\n          status\n          position\n          hoursStatus\n          recordedMinutes\n          approvedMinutes\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentMySignupsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentSignUpForActivity($input: SignUpInput!) {\n    signUpForActivity(input: $input) {\n      signup {\n        id\n        status\n        position\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentSignUpForActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentCancelActivitySignup($input: CancelSignupInput!) {\n    cancelActivitySignup(input: $input) {\n      signup {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentCancelActivitySignupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentMyPoints($communityId: ID!, $first: Int!) {\n    myPointsBalance(communityId: $communityId)\n    myPointsEntries(communityId: $communityId, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          delta\n          balanceAfter\n          reason\n          note\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentMyPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentPointsLeaderboard($communityId: ID!, $period: LeaderboardPeriod!, $first: Int!) {\n    pointsLeaderboard(communityId: $communityId, period: $period, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          rank\n          displayName\n          points\n          isViewer\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentPointsLeaderboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentPointsRewards($communityId: ID!, $first: Int!) {\n    pointsRewards(communityId: $communityId, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          cost\n          stock\n          perPersonLimit\n        }\n      }\n    }\n    myRedemptions(first: 20) {\n      edges {\n        node {\n          id\n          rewardName\n          cost\n          status\n          pickupCode\n          createdAt\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentPointsRewardsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentRedeemPointsReward($input: RedeemPointsRewardInput!) {\n    redeemPointsReward(input: $input) {\n      redemption {\n        id\n        status\n        pickupCode\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentRedeemPointsRewardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentVotes($communityId: ID!, $first: Int!) {\n    votes(communityId: $communityId, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          opensAt\n          closesAt\n          onRoll\n          estate {\n            id\n            name\n          }\n          matters {\n            id\n            position\n            title\n            text\n          }\n          myBallot {\n            id\n            revision\n            updatedAt\n            choices {\n              matterId\n              choice\n            }\n          }\n          viewerCan {\n            cast\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentVotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentCastBallot($input: CastBallotInput!) {\n    castBallot(input: $input) {\n      vote {\n        id\n        myBallot {\n          id\n          revision\n          choices {\n            matterId\n            choice\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentCastBallotDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentMyErasureRequest {\n    myErasureRequest {\n      id\n      status\n      createdAt\n      dueAt\n      completedAt\n    }\n  }\n"): typeof import('./graphql').ResidentMyErasureRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentMyDataExport {\n    myDataExport {\n      generatedAt\n      html\n    }\n  }\n"): typeof import('./graphql').ResidentMyDataExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentRequestErasure {\n    requestErasure {\n      request {\n        id\n        status\n        createdAt\n        dueAt\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentRequestErasureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentVenues($communityId: ID!, $first: Int!) {\n    venues(communityId: $communityId, first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          name\n          description\n          capacity\n          facilities\n          approvalRequired\n          weeklyQuota\n          monthlyQuota\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentVenuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentVenue($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    venue(id: $id) {\n      id\n      name\n      description\n      capacity\n      facilities\n      approvalRequired\n      slotMinutes\n      minMinutes\n      maxMinutes\n      horizonDays\n      weeklyQuota\n      monthlyQuota\n      openingHours {\n        weekday\n        open\n        close\n      }\n    }\n    venueAvailability(venueId: $id, from: $from, to: $to, bookAs: RESIDENT) {\n      startsAt\n      endsAt\n      taken\n      bookable\n      reason\n    }\n  }\n"): typeof import('./graphql').ResidentVenueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentBookVenue($input: BookVenueInput!) {\n    bookVenue(input: $input) {\n      booking {\n        id\n        status\n        startsAt\n        endsAt\n        checkInCode\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentBookVenueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentMyBookings($first: Int!) {\n    myBookings(first: $first) {\n      pageInfo {\n        hasNextPage\n      }\n      edges {\n        node {\n          id\n          status\n          startsAt\n          endsAt\n          purpose\n          attendees\n          checkInCode\n          expiresAt\n          reason\n          venue {\n            id\n            name\n          }\n          viewerCan {\n            cancel\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentMyBookingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentCancelBooking($input: CancelBookingInput!) {\n    cancelBooking(input: $input) {\n      booking {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentCancelBookingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentRequestSmsCode($input: RequestSmsCodeInput!) {\n    requestSmsCode(input: $input) {\n      sent\n      expiresInSeconds\n      resendAfterSeconds\n    }\n  }\n"): typeof import('./graphql').ResidentRequestSmsCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentLoginWithSmsCode($input: LoginWithSmsCodeInput!) {\n    loginWithSmsCode(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentLoginWithSmsCodeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentRegister($input: RegisterResidentInput!) {\n    registerResident(input: $input) {\n      accessToken\n      refreshToken\n      user {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentRefreshSession($input: RefreshSessionInput!) {\n    refreshSession(input: $input) {\n      accessToken\n      refreshToken\n    }\n  }\n"): typeof import('./graphql').ResidentRefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentLogout {\n    logout {\n      ok\n    }\n  }\n"): typeof import('./graphql').ResidentLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentMyHome {\n    me {\n      id\n      displayName\n      phone\n    }\n    myHouseholdBindings {\n      id\n      status\n      relation\n      reason\n      createdAt\n      household {\n        id\n        label\n        unit\n        room\n        building {\n          id\n          name\n        }\n      }\n      estate {\n        id\n        name\n        community {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentMyHomeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentEstateDirectory($search: String, $first: Int!) {\n    estateDirectory(search: $search, first: $first) {\n      edges {\n        node {\n          id\n          name\n          address\n          community {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentEstateDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentBuildingDirectory($estateId: ID!, $first: Int!) {\n    buildingDirectory(estateId: $estateId, first: $first) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentBuildingDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentRequestHouseholdBinding($input: RequestHouseholdBindingInput!) {\n    requestHouseholdBinding(input: $input) {\n      binding {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentRequestHouseholdBindingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentTicketCategories($communityId: ID!) {\n    ticketCategories(communityId: $communityId) {\n      id\n      nameZh\n      nameEn\n      parentId\n    }\n  }\n"): typeof import('./graphql').ResidentTicketCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentSubmitTicket($input: SubmitTicketInput!) {\n    submitTicket(input: $input) {\n      ticket {\n        id\n        number\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentSubmitTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentMyTickets($first: Int!, $after: String) {\n    myTickets(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          number\n          title\n          state\n          createdAt\n          rating\n          replyDeadline {\n            dueAt\n            isOverdue\n            workingDaysLeft\n          }\n          resolveDeadline {\n            dueAt\n            isOverdue\n            workingDaysLeft\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentMyTicketsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentTicket($id: ID!) {\n    ticket(id: $id) {\n      id\n      number\n      title\n      body\n      state\n      anonymous\n      locationText\n      createdAt\n      rating\n      ratingComment\n      version\n      category {\n        id\n        nameZh\n        nameEn\n      }\n      estate {\n        id\n        name\n      }\n      building {\n        id\n        name\n      }\n      photos {\n        id\n        url\n      }\n      replyDeadline {\n        dueAt\n        isOverdue\n        workingDaysLeft\n      }\n      resolveDeadline {\n        dueAt\n        isOverdue\n        workingDaysLeft\n      }\n      viewerCan {\n        rate\n        reopen\n        withdraw\n      }\n      timeline(first: 50) {\n        edges {\n          node {\n            id\n            type\n            createdAt\n            note\n            toState\n            actorName\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentRateTicket($input: RateTicketInput!) {\n    rateTicket(input: $input) {\n      ticket {\n        id\n        state\n        rating\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentRateTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentReopenTicket($input: ReopenTicketInput!) {\n    reopenTicket(input: $input) {\n      ticket {\n        id\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentReopenTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentWithdrawTicket($input: WithdrawTicketInput!) {\n    withdrawTicket(input: $input) {\n      ticket {\n        id\n        state\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentWithdrawTicketDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResidentNotificationAdded {\n    notificationAdded {\n      id\n      kind\n      title\n      createdAt\n      subject {\n        type\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentNotificationAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentEquipmentRegister($estateId: ID!, $first: Int!) {\n    equipmentRegister(estateId: $estateId, first: $first) {\n      edges {\n        node {\n          id\n          name\n          kind\n          buildingId\n          registrationNo\n          maintenanceStatus\n          nextDueOn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentEquipmentRegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResidentMaintenanceRecords($equipmentId: ID!, $first: Int!) {\n    maintenanceRecords(equipmentId: $equipmentId, first: $first) {\n      edges {\n        node {\n          id\n          kind\n          performedOn\n          contractor\n          result\n          defects\n          fix\n          nextDueOn\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResidentMaintenanceRecordsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
