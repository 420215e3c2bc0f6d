/**
 * The learning loop's three pages (/review, /mastery, /final) as one lazily loaded module:
 * one chunk, so that the first page names one file for them rather than three (every lazy
 * file adds its name and dependencies to the first page's preload table).
 */
import * as final from './final-route';
import * as mastery from './mastery-route';
import * as review from './review-route';

export { final, mastery, review };
