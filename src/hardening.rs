//! Process hardening at start-up (security review, finding 16): no core dumps that could hold
//! the data key or decrypted dossiers, and secrets taken out of the environment so that
//! `/proc/PID/environ` and child processes (the window runs `xdg-open`) do not see them.
//! Called first thing in `main`; the one module with `unsafe` code.

/// Forbids core dumps: `RLIMIT_CORE` 0 (Unix) and, on Linux, `PR_SET_DUMPABLE` 0, which also
/// keeps other processes of the same user from attaching a debugger or reading
/// `/proc/PID/environ` and `/proc/PID/mem`. Best effort: the caller may ignore the error.
#[allow(unsafe_code)]
pub fn forbid_core_dumps() -> std::io::Result<()> {
    #[cfg(unix)]
    {
        let none = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: `setrlimit` reads the `rlimit` the valid reference points to.
        if unsafe { libc::setrlimit(libc::RLIMIT_CORE, &raw const none) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    #[cfg(target_os = "linux")]
    {
        // SAFETY: `PR_SET_DUMPABLE` takes plain integers, no pointers.
        if unsafe { libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0) } != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Takes the variable `name` out of the environment: its value (`None` when unset or not
/// UTF-8), wiped in place and then removed, so that neither `/proc/PID/environ` nor a child
/// process sees it.
///
/// # Safety
///
/// No other thread may run: changing the environment races with any thread reading it.
#[allow(unsafe_code)]
pub unsafe fn take_env(name: &str) -> Option<zeroize::Zeroizing<String>> {
    let value = std::env::var_os(name)?
        .into_string()
        .ok()
        .map(zeroize::Zeroizing::new);
    #[cfg(unix)]
    if let Ok(c_name) = std::ffi::CString::new(name) {
        // SAFETY: `getenv` returns null or the variable's NUL-terminated value inside the
        // environment block, which this process may write (the caller guarantees no other
        // thread reads it meanwhile); the bytes are overwritten before the entry is removed.
        unsafe {
            let at = libc::getenv(c_name.as_ptr());
            if !at.is_null() {
                std::ptr::write_bytes(at, 0, libc::strlen(at));
            }
        }
    }
    // SAFETY: the caller guarantees that no other thread runs.
    unsafe { std::env::remove_var(name) };
    value
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    #[test]
    #[allow(unsafe_code)]
    fn after_forbidding_core_dumps_the_process_is_not_dumpable_and_has_no_core_limit() {
        // SAFETY: `PR_GET_DUMPABLE` takes plain integers, no pointers.
        let before = unsafe { libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0) };
        super::forbid_core_dumps().expect("prctl and setrlimit");
        // SAFETY: as above.
        let after = unsafe { libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0) };
        assert_eq!(after, 0, "still dumpable (was {before})");
        let mut limit = libc::rlimit {
            rlim_cur: 1,
            rlim_max: 1,
        };
        // SAFETY: `getrlimit` writes into the valid reference.
        assert_eq!(
            unsafe { libc::getrlimit(libc::RLIMIT_CORE, &raw mut limit) },
            0
        );
        assert_eq!((limit.rlim_cur, limit.rlim_max), (0, 0));
        let status = std::fs::read_to_string("/proc/self/limits").expect("/proc/self/limits");
        let core = status
            .lines()
            .find(|l| l.starts_with("Max core file size"))
            .expect("core line");
        assert!(
            core.split_whitespace().nth(4) == Some("0"),
            "core limit: {core}"
        );
    }
}
