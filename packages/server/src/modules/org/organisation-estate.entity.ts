import { Entity, ForeignKey, Index } from 'typeorm';
import { BaseEntity, RefColumn } from '../../db/columns.js';
import { EstateEntity } from './estate.entity.js';
import { OrganisationEntity } from './organisation.entity.js';

/** Which estates a property company serves (a company may serve several, in several communities). */
@Entity('organisation_estate')
@Index('uq_organisation_estate', ['organisationId', 'estateId'], { unique: true })
@Index('ix_organisation_estate_estate', ['estateId'])
export class OrganisationEstateEntity extends BaseEntity {
  @ForeignKey(() => OrganisationEntity)
  @RefColumn()
  organisationId: string;

  @ForeignKey(() => EstateEntity)
  @RefColumn()
  estateId: string;

  @RefColumn()
  communityId: string;
}
