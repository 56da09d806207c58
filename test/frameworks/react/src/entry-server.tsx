import { renderToString } from 'react-dom/server';
import Chart from './Chart';

export const render = () => renderToString(<Chart />);
