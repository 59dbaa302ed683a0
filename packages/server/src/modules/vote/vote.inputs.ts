import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CodePointLength } from '../../common/text-length.js';
import { BallotChannel, Choice, MatterKind, VoteOrganiser } from './vote.enums.js';

@InputType({ description: 'A matter put to the vote.' })
export class VoteMatterInput {
  @Field(() => MatterKind, { description: 'ORDINARY (more than half) or MAJOR (three quarters), 民法典 278.' })
  kind: MatterKind;

  @Field(() => String, { description: 'Short title (1-100 characters).' })
  @CodePointLength(1, 100)
  title: string;

  @Field(() => String, { description: 'The full text put to the owners (1-10000 characters).' })
  @CodePointLength(1, 10000)
  text: string;

  @Field(() => [ID], { nullable: true, description: 'Uploaded files (PDF or images) to attach, at most 5.' })
  @IsOptional()
  @ArrayMaxSize(5)
  attachmentFileIds?: string[] | null;
}

@InputType({ description: 'A new owners’ vote of an estate (a draft until opened).' })
export class CreateVoteInput {
  @Field(() => ID, { description: 'The estate whose owners vote.' })
  estateId: string;

  @Field(() => String, { description: 'Title (1-100 characters).' })
  @CodePointLength(1, 100)
  title: string;

  @Field(() => VoteOrganiser, { description: 'Who organises it.' })
  organiser: VoteOrganiser;

  @Field(() => Date, { description: 'When ballots start to be accepted.' })
  opensAt: Date;

  @Field(() => Date, { description: 'When the vote closes and its result is frozen (at most 90 days after opensAt).' })
  closesAt: Date;

  @Field(() => Boolean, { defaultValue: false, description: '实名公开: staff may see how each owner voted.' })
  openBallots: boolean;

  @Field(() => [VoteMatterInput], { description: 'The matters, 1-20, in order.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  matters: VoteMatterInput[];
}

@InputType({ description: 'Replace a draft vote’s title, period, openness and matters.' })
export class UpdateVoteInput {
  @Field(() => ID, { description: 'The draft vote.' })
  voteId: string;

  @Field(() => String, { description: 'Title (1-100 characters).' })
  @CodePointLength(1, 100)
  title: string;

  @Field(() => Date, { description: 'When ballots start to be accepted.' })
  opensAt: Date;

  @Field(() => Date, { description: 'When the vote closes.' })
  closesAt: Date;

  @Field(() => Boolean, { description: '实名公开.' })
  openBallots: boolean;

  @Field(() => [VoteMatterInput], { description: 'The matters, 1-20, in order (replacing the old ones).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  matters: VoteMatterInput[];
}

@InputType({ description: 'Names a vote.' })
export class VoteRefInput {
  @Field(() => ID, { description: 'The vote.' })
  voteId: string;
}

@InputType({ description: 'One choice of a ballot.' })
export class BallotChoiceInput {
  @Field(() => ID, { description: 'The matter.' })
  matterId: string;

  @Field(() => Choice, { description: 'For, against or abstain.' })
  choice: Choice;
}

@InputType({ description: 'An owner’s own ballot, cast online (it replaces their earlier ballot until closing).' })
export class CastBallotInput {
  @Field(() => ID, { description: 'The vote.' })
  voteId: string;

  @Field(() => [BallotChoiceInput], { description: 'One choice per matter of the vote.' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  choices: BallotChoiceInput[];
}

@InputType({ description: 'A signed paper ballot entered by staff for an owner of the roll.' })
export class EnterPaperBallotInput {
  @Field(() => ID, { description: 'The vote.' })
  voteId: string;

  @Field(() => ID, { description: 'The owner of the roll (VoteVoter id).' })
  voterId: string;

  @Field(() => [BallotChoiceInput], { description: 'One choice per matter, as on the paper.' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  choices: BallotChoiceInput[];

  @Field(() => ID, { description: 'The uploaded scan of the signed ballot (PDF or image).' })
  scanFileId: string;
}

@InputType({ description: 'A household’s voting data: exclusive area and owner of record.' })
export class SetVoteUnitInput {
  @Field(() => ID, { description: 'The household.' })
  householdId: string;

  @Field(() => String, { description: 'Exclusive floor area in m², at most two decimals, e.g. "89.50".' })
  @Matches(/^\s*\d{1,7}(\.\d{1,2})?\s*$/, { message: 'area: a number of m² with at most two decimals' })
  area: string;

  @Field(() => String, { nullable: true, description: 'The owner’s name as registered (at most 50 characters).' })
  @IsOptional()
  @CodePointLength(0, 50)
  ownerName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A reference grouping one owner’s units (e.g. certificate number, at most 64 characters).',
  })
  @IsOptional()
  @CodePointLength(0, 64)
  ownerRef?: string | null;

  @Field(() => ID, { nullable: true, description: 'The owner’s account, if staff know it.' })
  @IsOptional()
  ownerUserId?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Held by the developer (unsold or undelivered).' })
  developerHeld: boolean;
}

/** Accepted spreadsheet formats. */
export enum VoteUnitFileFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}

@InputType({ description: 'A spreadsheet of exclusive areas to import for an estate (all rows or none).' })
export class ImportVoteUnitsInput {
  @Field(() => ID, { description: 'The estate.' })
  estateId: string;

  @Field(() => VoteUnitFileFormat, { description: 'CSV (UTF-8) or XLSX.' })
  format: VoteUnitFileFormat;

  @Field(() => String, {
    description:
      'The file, base64 (at most 700000 characters). Columns by header: 楼栋/building, 单元/unit, 室/room, 面积/area, 业主/owner (optional), 产权证号/ownerRef (optional), 开发商/developer (optional: 是/yes/1).',
  })
  @Matches(/^[A-Za-z0-9+/=\r\n]{1,700000}$/, { message: 'content: base64, at most 700000 characters' })
  content: string;
}

export { BallotChannel };
