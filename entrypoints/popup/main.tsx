import { render } from 'preact';

function Popup() {
  return (
    <main>
      <h1>Stödkollen</h1>
      <p lang="sv">Rehabiliteringsstöd från Försäkringskassan och Afa Försäkring.</p>
      <p lang="en">Workplace rehabilitation support from Försäkringskassan and Afa Försäkring.</p>
    </main>
  );
}

const root = document.getElementById('app');
if (root) render(<Popup />, root);
