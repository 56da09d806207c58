import '../../src/funding-timeline.js';
import { describeShots } from './shots.js';

describeShots('funding-timeline');
