import { render } from 'preact';
import { App } from '../../extension/records/App.tsx';
import '../../extension/records/dashboard.css';

const root = document.getElementById('app');
if (root) render(<App />, root);
