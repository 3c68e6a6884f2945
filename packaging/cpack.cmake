# Installation layout and installers. Included at the end of the top-level CMakeLists.txt, after every
# install(TARGETS) rule. Common settings first, then Linux (desktop integration + CPack DEB) here, and the
# Windows and macOS settings from their own files. One version: everything below uses PROJECT_VERSION.
include(GNUInstallDirs)

set(GAAP_APP_ID "io.github.gaap_capacity_check.GaapCapacity") # = QGuiApplication::desktopFileName()
set(gaap_packaging_dir "${CMAKE_CURRENT_LIST_DIR}")

set(CPACK_PACKAGE_NAME "gaap-capacity")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# The synopsis of package managers (Debian wants it under 80 characters; PROJECT_DESCRIPTION is longer).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Check whether Tencent Cloud GAAP acceleration connections can be created")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VENDOR "GAAP Capacity Check contributors")
set(CPACK_PACKAGE_CONTACT "GAAP Capacity Check maintainers <gaap-capacity-check@users.noreply.github.com>")
set(CPACK_STRIP_FILES ON) # RelWithDebInfo builds carry debug info; packages do not
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/")

if(UNIX AND NOT APPLE)
    # --- Desktop integration (freedesktop.org): launcher, AppStream metainfo, icons -----------------
    install(FILES "${gaap_packaging_dir}/linux/${GAAP_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")

    # The README's screenshots, as raw files of the GitHub repository named by HOMEPAGE_URL.
    string(REGEX REPLACE "^https://github\\.com/" "https://raw.githubusercontent.com/"
        gaap_raw_base "${PROJECT_HOMEPAGE_URL}")
    set(GAAP_SCREENSHOT_BASE_URL "${gaap_raw_base}/main/packaging/screenshots")
    configure_file("${gaap_packaging_dir}/linux/${GAAP_APP_ID}.metainfo.xml.in"
        "${PROJECT_BINARY_DIR}/packaging/${GAAP_APP_ID}.metainfo.xml" @ONLY)
    install(FILES "${PROJECT_BINARY_DIR}/packaging/${GAAP_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/gaap-capacity.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
        RENAME "${GAAP_APP_ID}.svg")
    # PNGs made once from the SVG (ImageMagick) and checked in: building needs no image tools.
    foreach(size IN ITEMS 16 24 32 48 64 128 256)
        install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/${GAAP_APP_ID}.png"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()

    # --- Debian policy files: machine-readable copyright and a compressed changelog ----------------
    set(gaap_doc_dir "${CMAKE_INSTALL_DATADIR}/doc/${CPACK_PACKAGE_NAME}")
    configure_file("${gaap_packaging_dir}/linux/copyright.in" "${PROJECT_BINARY_DIR}/packaging/copyright" @ONLY)
    configure_file("${gaap_packaging_dir}/linux/changelog.in" "${PROJECT_BINARY_DIR}/packaging/changelog" @ONLY)
    # gzip -9n: maximum compression, no name or time stamp in the header (reproducible; lintian checks it);
    # -k keeps the input, -f overwrites an older changelog.gz.
    find_program(GAAP_GZIP gzip REQUIRED)
    add_custom_command(
        OUTPUT "${PROJECT_BINARY_DIR}/packaging/changelog.gz"
        COMMAND "${GAAP_GZIP}" -9nkf "${PROJECT_BINARY_DIR}/packaging/changelog"
        DEPENDS "${PROJECT_BINARY_DIR}/packaging/changelog"
        COMMENT "Compressing the Debian changelog"
        VERBATIM)
    add_custom_target(gaap_debian_changelog ALL DEPENDS "${PROJECT_BINARY_DIR}/packaging/changelog.gz")
    install(FILES "${PROJECT_BINARY_DIR}/packaging/copyright" "${PROJECT_BINARY_DIR}/packaging/changelog.gz"
        DESTINATION "${gaap_doc_dir}")

    # Installed programs find Qt and QtKeychain in the system library directory: no RPATH (Debian policy;
    # qt_standard_project_setup() would otherwise install $ORIGIN:$ORIGIN/../lib).
    set_target_properties(gaap-capacity gaap-capacity-cli PROPERTIES INSTALL_RPATH "")

    # --- CPack DEB -------------------------------------------------------------------------------
    set(CPACK_GENERATOR "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # gaap-capacity_<version>_<arch>.deb
    set(CPACK_DEBIAN_PACKAGE_VERSION "${PROJECT_VERSION}")
    set(CPACK_DEBIAN_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    # Libraries the binaries link come from dpkg-shlibdeps. The rest are loaded at run time and are
    # invisible to it: the xcb platform plugin (only a Recommends of libqt6gui6), the Secret Service
    # client QtKeychain dlopen()s, the SQLite driver of the history and the SVG image plugin (icon).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # qt6-translations-l10n: Qt's own strings (the file dialog, standard buttons) in Chinese; without it they stay English.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libsecret-1-0, libqt6sql6-sqlite, libqt6svg6, qt6-translations-l10n")
    # A keychain service to store the profiles in, and a CJK font for the Chinese user interface.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, fonts-wqy-microhei | fonts-noto-cjk")
    # Control-file description: CPack puts CPACK_PACKAGE_DESCRIPTION_SUMMARY first (the synopsis) and
    # formats this text below it (a blank line becomes the " ." paragraph separator).
    set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[
GAAP Capacity Check asks Tencent Cloud's Global Application Acceleration
Platform (GAAP) whether an acceleration connection from an access region
to an origin region, with a given bandwidth and concurrency, can be
created right now (CheckProxyCreate), and what it would cost per day
(InquiryPriceCreateProxy).

The desktop application offers a check form fed by the live region lists,
a capacity matrix of every access region, bandwidth and concurrency, a
history of all checks with CSV and JSON export, and credential profiles
kept in the system keychain. The command-line tool gaap-capacity-cli
offers the same checks to scripts. English and Simplified Chinese.]=])
    # Owner root, directories 0755: what lintian expects whatever the umask of the build machine.
    set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
        OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
endif()

if(WIN32)
    include("${CMAKE_CURRENT_LIST_DIR}/windows/cpack-windows.cmake" OPTIONAL)
endif()
if(APPLE)
    include("${CMAKE_CURRENT_LIST_DIR}/macos/cpack-macos.cmake" OPTIONAL)
endif()

include(CPack)
