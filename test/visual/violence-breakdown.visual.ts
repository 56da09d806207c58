import '../../src/violence-breakdown.js';
import { describeShots } from './shots.js';

describeShots('violence-breakdown', 'report');
describeShots('violence-breakdown', 'measured');
