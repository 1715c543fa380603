import { defineStodkollenKalkyl } from './element.tsx';

defineStodkollenKalkyl();
