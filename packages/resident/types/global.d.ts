/// <reference types="@tarojs/taro" />

declare module '*.css';
declare module '*.png';

/** Set by config/index.js (defineConstants): the API origin of the mini program build ('' in H5: same origin). */
declare const RESIDENT_API_URL: string;
