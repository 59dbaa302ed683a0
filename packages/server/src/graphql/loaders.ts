import type { DataSource } from 'typeorm';
import { FileEntity } from '../modules/file/file.entity.js';
import { UserEntity } from '../modules/identity/user.entity.js';
import { BuildingEntity } from '../modules/org/building.entity.js';
import { CommunityEntity } from '../modules/org/community.entity.js';
import { EstateEntity } from '../modules/org/estate.entity.js';
import { HouseholdEntity } from '../modules/org/household.entity.js';
import { OrganisationEntity } from '../modules/org/organisation.entity.js';
import { StreetEntity } from '../modules/org/street.entity.js';
import { TicketEntity } from '../modules/ticket/ticket.entity.js';
import { TicketCategoryEntity } from '../modules/ticket/ticket-category.entity.js';
import { byIdLoader } from './loaders/by-id.loader.js';
import { filesByAttachmentLoader } from './loaders/files-by-attachment.loader.js';
import { membershipsByUserLoader } from './loaders/memberships-by-user.loader.js';
import { servedEstatesLoader } from './loaders/served-estates.loader.js';
import { assignmentsByTicketLoader, timelinePageLoader } from './loaders/ticket-children.loader.js';

/** Per-request DataLoaders: field resolvers load relations only through these. */
export function createLoaders(ds: DataSource) {
  return {
    street: byIdLoader(ds, StreetEntity),
    community: byIdLoader(ds, CommunityEntity),
    estate: byIdLoader(ds, EstateEntity),
    building: byIdLoader(ds, BuildingEntity),
    household: byIdLoader(ds, HouseholdEntity),
    organisation: byIdLoader(ds, OrganisationEntity),
    user: byIdLoader(ds, UserEntity),
    servedEstates: servedEstatesLoader(ds),
    membershipsByUser: membershipsByUserLoader(ds),
    ticket: byIdLoader(ds, TicketEntity),
    ticketCategory: byIdLoader(ds, TicketCategoryEntity),
    assignmentsByTicket: assignmentsByTicketLoader(ds),
    timelinePage: timelinePageLoader(ds),
    file: byIdLoader(ds, FileEntity),
    filesByAttachment: filesByAttachmentLoader(ds),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
