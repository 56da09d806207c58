import type {} from 'amelia-report-charts/types/svelte';
