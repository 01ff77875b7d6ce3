// zod/mini ships without messages ("Invalid input"); the English locale gives "expected one of …" messages
// for developers. Importing this module configures zod for the whole page or process, once.

import { en } from 'zod/locales';
import * as z from 'zod/mini';

z.config(en());
