import { createApp } from 'vue';
import App from './App.vue';

if (new URLSearchParams(location.search).has('late')) {
  // The kit loads after the app's first render, as a code-split chunk or a script tag would.
  createApp(App).mount('#app');
  import('amelia-report-charts');
} else {
  import('amelia-report-charts').then(() => createApp(App).mount('#app'));
}
