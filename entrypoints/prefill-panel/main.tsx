import { render } from 'preact';
import { PrefillPanel } from '../../extension/prefill/PrefillPanel.tsx';
import '../../extension/prefill/panel.css';

const root = document.getElementById('app');
if (root) render(<PrefillPanel />, root);
