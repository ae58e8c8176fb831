/**
 * Runs in every test page before the test framework: the page lays out in pinned type (see
 * pinned-fonts.ts). The rest of what a result could depend on is pinned by the runner itself
 * (web-test-runner.config.js): time zone, locale, viewport, pixel ratio, colour scheme, motion.
 */
import { pinTypography } from './pinned-fonts.js';

await pinTypography(document);
