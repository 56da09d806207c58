import type {} from 'amelia-report-charts/types/vue';
