// The collections module (placeholder until simulated).
import { registerModule } from './registry';
import { NotSimulated , ST } from '../core';

registerModule('collections', () => {
  throw new NotSimulated("the module 'collections'", ST.line);
});
