import { graphql } from '../../../gql';

export const PropertyEstatesDocument = graphql(`
  query PropertyEstates {
    estates(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const EquipmentRegisterDocument = graphql(`
  query EquipmentRegister($estateId: ID, $communityId: ID, $status: MaintenanceStatus, $first: Int!, $after: String) {
    equipmentRegister(estateId: $estateId, communityId: $communityId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          estateId
          kind
          name
          registrationNo
          installedOn
          maintenanceStatus
          nextDueOn
          nextDueRequirement
        }
      }
    }
  }
`);

export const EquipmentDetailDocument = graphql(`
  query EquipmentDetail($id: ID!) {
    equipment(id: $id) {
      id
      kind
      name
      registrationNo
      maintenanceStatus
      nextDueOn
      dues {
        requirement
        intervalDays
        lastDoneOn
        dueOn
        status
      }
    }
    maintenanceRecords(equipmentId: $id, first: 20) {
      totalCount
      edges {
        node {
          id
          performedOn
          kind
          contractor
          result
          defects
          fix
          attachments {
            id
            url
            mime
            originalName
          }
        }
      }
    }
  }
`);

export const RegisterEquipmentDocument = graphql(`
  mutation RegisterEquipment($input: RegisterEquipmentInput!) {
    registerEquipment(input: $input) {
      equipment {
        id
        maintenanceStatus
      }
    }
  }
`);

export const RecordMaintenanceDocument = graphql(`
  mutation RecordMaintenance($input: RecordMaintenanceInput!) {
    recordMaintenance(input: $input) {
      record {
        id
        attachments {
          id
          mime
        }
      }
    }
  }
`);

export const ImportMaintenanceDocument = graphql(`
  mutation ImportMaintenance($input: ImportMaintenanceInput!) {
    importMaintenanceRecords(input: $input) {
      imported
      rows
      errors {
        row
        column
        reason
        message
      }
    }
  }
`);

export const RevenueLedgerDocument = graphql(`
  query RevenueLedger($estateId: ID!, $period: String!, $after: String) {
    revenueLedger(estateId: $estateId, period: $period) {
      period
      incomeFen
      expenseFen
      balanceFen
      entryCount
      closed
      closedAt
      viewerCan {
        addEntry
        close
        correct
      }
    }
    revenueEntries(estateId: $estateId, period: $period, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          item
          direction
          amountFen
          note
          correctsId
          createdAt
        }
      }
    }
  }
`);

export const AddRevenueEntryDocument = graphql(`
  mutation AddRevenueEntry($input: AddRevenueEntryInput!) {
    addRevenueEntry(input: $input) {
      entry {
        id
      }
    }
  }
`);

export const CloseRevenuePeriodDocument = graphql(`
  mutation CloseRevenuePeriod($input: CloseRevenuePeriodInput!) {
    closeRevenuePeriod(input: $input) {
      ledger {
        closed
      }
    }
  }
`);

export const PropertyContractsDocument = graphql(`
  query PropertyContracts($estateId: ID!) {
    propertyContracts(estateId: $estateId, first: 20) {
      totalCount
      edges {
        node {
          id
          title
          companyName
          termStart
          termEnd
          serviceLevel
          feeFenPerSqmMonth
          file {
            id
            url
            originalName
          }
        }
      }
    }
    feeStandards(estateId: $estateId, first: 50) {
      totalCount
      edges {
        node {
          id
          item
          amountFen
          unit
          effectiveFrom
          note
        }
      }
    }
  }
`);

export const CreatePropertyContractDocument = graphql(`
  mutation CreatePropertyContract($input: CreatePropertyContractInput!) {
    createPropertyContract(input: $input) {
      contract {
        id
      }
    }
  }
`);

export const CreateFeeStandardDocument = graphql(`
  mutation CreateFeeStandard($input: CreateFeeStandardInput!) {
    createFeeStandard(input: $input) {
      feeStandard {
        id
      }
    }
  }
`);
