import { Column, Entity, Index } from 'typeorm';
import {
  BaseEntity,
  BoolColumn,
  DateTimeColumn,
  IntColumn,
  LongTextColumn,
  RefColumn,
  TextColumn,
  UpdatedAt,
} from '../../db/columns.js';
import type { HoursStatus, SignupStatus } from './volunteer.enums.js';

/** A resident who opted in as a volunteer of a community (志愿者), with skills and availability. */
@Entity('volunteer_profile')
@Index('ux_volunteer_profile_user', ['userId', 'communityId'], { unique: true })
@Index('ix_volunteer_profile_community', ['communityId', 'createdAt'])
export class VolunteerProfileEntity extends BaseEntity {
  @RefColumn()
  userId: string;

  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  /** Free skill tags (古筝, first aid …), stored as `|tag|tag|` so that a tag filter is one LIKE. */
  @TextColumn(1000)
  skillTags: string;

  @TextColumn(300, { nullable: true })
  availability: string | null;

  /** Party member (党员): shown to staff only. */
  @BoolColumn(false)
  partyMember: boolean;

  /** False once the resident withdrew (opt-out); the record stays. */
  @BoolColumn(true)
  active: boolean;

  /** The volunteer-offer ticket staff made it from, if any. */
  @RefColumn({ nullable: true })
  sourceTicketId: string | null;

  @UpdatedAt()
  updatedAt: Date;
}

/** A volunteer activity (志愿活动) with a capacity and a waiting list. */
@Entity('volunteer_activity')
@Index('ix_volunteer_activity_community', ['communityId', 'createdAt'])
export class VolunteerActivityEntity extends BaseEntity {
  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @TextColumn(100)
  title: string;

  @LongTextColumn({ nullable: true })
  description: string | null;

  @DateTimeColumn()
  startsAt: Date;

  @DateTimeColumn()
  endsAt: Date;

  @TextColumn(200)
  place: string;

  @IntColumn()
  capacity: number;

  @RefColumn({ nullable: true })
  organiserOrganisationId: string | null;

  /** Skills wanted, `|tag|` form like the profile's. */
  @TextColumn(1000)
  skillsWanted: string;

  @IntColumn({ default: 0 })
  pointsPerHour: number;

  @DateTimeColumn()
  signupDeadline: Date;

  /** The code shown at the place: volunteers check themselves in and out with it during the activity. */
  @TextColumn(8)
  checkCode: string;

  /** Volunteers signed up (not waiting): changed only with the activity row locked. */
  @IntColumn({ default: 0 })
  signedUpCount: number;

  /** The last list position handed out (arrival order; the waiting list moves up by it). */
  @IntColumn({ default: 0 })
  lastPosition: number;

  @RefColumn({ nullable: true })
  createdById: string | null;
}

/** A resident's sign-up for an activity, its check-in/out and its hours. */
@Entity('volunteer_signup')
@Index('ux_volunteer_signup_user', ['activityId', 'userId'], { unique: true })
@Index('ix_volunteer_signup_list', ['activityId', 'status', 'position'])
@Index('ix_volunteer_signup_user', ['userId', 'createdAt'])
export class VolunteerSignupEntity extends BaseEntity {
  @RefColumn()
  activityId: string;

  @RefColumn()
  userId: string;

  @RefColumn()
  streetId: string;

  @RefColumn()
  communityId: string;

  @Column({ type: 'varchar', length: 16 })
  status: SignupStatus;

  /** Arrival order on the activity's list. */
  @IntColumn()
  position: number;

  @DateTimeColumn({ nullable: true })
  checkedInAt: Date | null;

  @DateTimeColumn({ nullable: true })
  checkedOutAt: Date | null;

  /** Minutes between check-in and check-out, as recorded. */
  @IntColumn({ nullable: true })
  recordedMinutes: number | null;

  /** Minutes staff approved (the recorded ones, or corrected with a reason). */
  @IntColumn({ nullable: true })
  approvedMinutes: number | null;

  @Column({ type: 'varchar', length: 16 })
  hoursStatus: HoursStatus;

  @TextColumn(500, { nullable: true })
  correctionReason: string | null;

  @RefColumn({ nullable: true })
  approvedById: string | null;

  @DateTimeColumn({ nullable: true })
  approvedAt: Date | null;

  @UpdatedAt()
  updatedAt: Date;
}
