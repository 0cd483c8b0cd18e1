//! The studio's WebAssembly (editor.html): write or import a comparison, see it run, copy the
//! snippet. Built beside the widget and never part of the reader's download.

fn main() {
    verdict_studio::start::start();
}
