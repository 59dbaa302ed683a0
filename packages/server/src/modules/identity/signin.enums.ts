/** What an SMS code is for; a code works only for its purpose. */
export enum SmsPurpose {
  REGISTER = 'REGISTER',
  LOGIN = 'LOGIN',
  RESET_PASSWORD = 'RESET_PASSWORD',
  LINK_PHONE = 'LINK_PHONE',
}
