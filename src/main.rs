//! The Trunk app: mounts a widget into every host element of `index.html`.

fn main() {
    verdict::web::mount::mount_all();
}
