import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app')!;

if (new URLSearchParams(location.search).has('late')) {
  // The kit loads after the app's first render, as a code-split chunk or a script tag would.
  mount(App, { target });
  import('amelia-report-charts');
} else {
  import('amelia-report-charts').then(() => mount(App, { target }));
}
