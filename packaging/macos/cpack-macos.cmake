# macOS disk image settings, included by packaging/cpack.cmake before include(CPack) when APPLE.
# Untested here (no Mac): CI builds it (.github/workflows/build.yml).
#
# The install tree is gaap-capacity.app, with gaap-capacity-cli in Contents/MacOS and the Qt
# frameworks that macdeployqt copied (app/CMakeLists.txt). The DMG shows the bundle next to a link
# to /Applications (CPack adds it), so users install by dragging.

set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_VENDOR "GAAP Capacity Check contributors")
set(CPACK_DMG_VOLUME_NAME "GAAP Capacity Check")
set(CPACK_DMG_FORMAT "UDZO") # zlib-compressed, read-only
# The volume icon, once packaging/macos/gaap-capacity.icns exists (packaging/macos/README.md).
if(EXISTS "${CMAKE_CURRENT_LIST_DIR}/gaap-capacity.icns")
    set(CPACK_PACKAGE_ICON "${CMAKE_CURRENT_LIST_DIR}/gaap-capacity.icns")
endif()
