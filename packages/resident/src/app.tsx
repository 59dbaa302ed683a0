import { useLaunch } from '@tarojs/taro';
import type { PropsWithChildren } from 'react';
import { startOutbox } from './lib/outbox';
import './app.css';

/** The app shell: starts the outbox (matters written offline are sent when the connection returns). */
export default function App({ children }: PropsWithChildren) {
  useLaunch(() => startOutbox());
  return children;
}
