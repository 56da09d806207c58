import '../../src/hiv-estimate-gap.js';
import { describeShots } from './shots.js';

describeShots('hiv-estimate-gap');
