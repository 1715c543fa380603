import { render } from 'preact';
import { SidePanel } from '../../extension/prefill/SidePanel.tsx';
import '../../extension/prefill/panel.css';

const root = document.getElementById('app');
if (root) render(<SidePanel />, root);
