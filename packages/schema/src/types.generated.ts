export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

/** Read operations. Lists are Relay connections bounded to 100 items a page. */
export type Query = {
  __typename?: 'Query';
  /** Version and time of the API. Public. */
  serverInfo: ServerInfo;
};

/** Facts about the running API, for clients checking compatibility. */
export type ServerInfo = {
  __typename?: 'ServerInfo';
  /** Current server time. */
  now: Scalars['DateTimeISO']['output'];
  /** Time zone in which working days and deadlines are computed. */
  timeZone: Scalars['String']['output'];
  /** API version (semantic versioning of the contract). */
  version: Scalars['String']['output'];
};
