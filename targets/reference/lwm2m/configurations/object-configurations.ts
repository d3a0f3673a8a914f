/**
 * The configurations of the object cases (ETS §6.6–6.7, int-651..2001), registered in index.ts as
 * one group so that adding them there is a one-line change.
 */
import type { ClientConfiguration } from '../../../roles/lwm2m-client';
import { C5 } from './c5';
import { C6 } from './c6';
import { C7 } from './c7';
import { C9 } from './c9';
import { C10 } from './c10';
import { C11 } from './c11';
import { C12 } from './c12';
import { C15 } from './c15';
import { C16 } from './c16';

export const OBJECT_CONFIGURATIONS: Readonly<Record<string, ClientConfiguration>> = {
  'C.5': C5,
  'C.6': C6,
  'C.7': C7,
  'C.9': C9,
  'C.10': C10,
  'C.11': C11,
  'C.12': C12,
  'C.15': C15,
  'C.16': C16,
};
