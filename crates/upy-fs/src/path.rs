//! VFS paths: '/'-separated, absolute after joining with the current
//! directory, normalised lexically ('.' dropped, '..' removes the previous
//! component and stops at the root).

/// `path` made absolute against `cwd` and normalised.
pub fn absolute(cwd: &str, path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    let full = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("{}/{}", cwd, path)
    };
    for c in full.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    format!("/{}", parts.join("/"))
}

/// Among `points` (normalised mount points, "/" for the root), the index
/// of the one holding absolute path `abs` and the path inside it: the
/// longest point that is `abs` or a directory above it.
pub fn resolve<'a>(points: impl Iterator<Item = &'a str>, abs: &str) -> Option<(usize, String)> {
    let mut best: Option<(usize, usize)> = None;
    for (i, p) in points.enumerate() {
        let inside = if p == "/" {
            true
        } else {
            abs == p || (abs.starts_with(p) && abs.as_bytes().get(p.len()) == Some(&b'/'))
        };
        let len = if p == "/" { 0 } else { p.len() };
        if inside && best.is_none_or(|(_, l)| len > l) {
            best = Some((i, len));
        }
    }
    let (i, len) = best?;
    let rest = &abs[len..];
    Some((
        i,
        if rest.is_empty() {
            "/".to_string()
        } else {
            rest.to_string()
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_paths() {
        assert_eq!(absolute("/", "a/b"), "/a/b");
        assert_eq!(absolute("/x/y", "../z/./w//"), "/x/z/w");
        assert_eq!(absolute("/x", "/../../a"), "/a");
        assert_eq!(absolute("/x", ""), "/x");
        assert_eq!(absolute("/", ".."), "/");
    }

    #[test]
    fn resolve_longest_mount() {
        let points = ["/", "/flash", "/flash/sub"];
        let r = |p: &str| resolve(points.iter().copied(), p);
        assert_eq!(r("/flash/a"), Some((1, "/a".into())));
        assert_eq!(r("/flash"), Some((1, "/".into())));
        assert_eq!(r("/flashy"), Some((0, "/flashy".into())));
        assert_eq!(r("/flash/sub/x/y"), Some((2, "/x/y".into())));
        assert_eq!(r("/"), Some((0, "/".into())));
        assert_eq!(resolve(["/sd"].iter().copied(), "/flash"), None);
    }
}
