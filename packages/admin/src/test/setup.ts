// antd reads matchMedia for responsive layout; happy-dom provides it, but not every API it probes.
if (!window.matchMedia) {
  Object.defineProperty(window, 'matchMedia', {
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
}

// Testing Library only cleans up by itself when test globals are on; they are off here.
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// Every feature's texts, as the staff console has them once loaded (App.tsx awaits the same call).
import { loadCatalogs } from '../i18n/catalog';

await loadCatalogs();
