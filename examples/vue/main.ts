// Vue 3: tell the template compiler that dw-* tags are custom elements (vite.examples.config.ts:
// `compilerOptions.isCustomElement`), then bind as usual.
import { createApp } from 'vue';
import 'dw-article';
import App from './App.vue';

createApp(App).mount('#app');
