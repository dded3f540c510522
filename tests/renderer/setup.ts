import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The suite shares a 2-core machine with Chromium, LibreOffice and other runs: a screen that
// appears in 50 ms at rest takes seconds at a load of 18, so findBy*/waitFor wait up to 15 s,
// not Testing Library's 1 s. Tests do not pass shorter waits of their own; the project's 30 s
// test timeout (vitest.config.mts) leaves room for one such wait after a slow start.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => cleanup());
