//! The Trunk app: mounts a widget into every host element of the page.

fn main() {
    verdict::mount::mount_all();
}
