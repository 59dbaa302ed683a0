import { createContext, useContext } from 'react';

/** True inside a list whose query failed (set by `ListPage`): the list then says nothing of being empty. */
export const ListFailed = createContext(false);
export const useListFailed = () => useContext(ListFailed);
