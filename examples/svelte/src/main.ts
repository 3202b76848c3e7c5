// Registers every news-* element once, then mounts the app.
import 'news-elements';
import 'news-elements/themes/light.css';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
