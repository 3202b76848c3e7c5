// Registers every news-* element once, then mounts the app.
import 'news-elements';
import 'news-elements/themes/light.css';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
