import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// The suite shares a 2-core machine with Chromium and LibreOffice: a screen that appears in
// 50 ms at rest can take seconds under load, so findBy*/waitFor wait up to 10 s, not 1 s.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => cleanup());
