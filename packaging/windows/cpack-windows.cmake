# Windows installer settings, included by packaging/cpack.cmake before include(CPack) when WIN32.
# Untested here (no Windows machine): CI builds it (.github/workflows/build.yml).
#
# The install tree is bin/gaap-capacity.exe and bin/gaap-capacity-cli.exe plus what windeployqt
# copied next to them (app/CMakeLists.txt, app/cli/CMakeLists.txt) and qt6keychain.dll.
#
# Generator: WIX (an .msi) when the WiX Toolset 3 is installed (candle.exe and light.exe; CMake 3.25
# supports WiX 3 only), otherwise NSIS (an .exe) when makensis is found, otherwise a ZIP.
# Override on the command line: cpack -G NSIS

set(gaap_windows_dir "${CMAKE_CURRENT_LIST_DIR}")

find_program(GAAP_WIX_CANDLE candle HINTS "$ENV{WIX}" PATH_SUFFIXES bin)
set(gaap_program_files_x86 "ProgramFiles(x86)") # $ENV{} cannot spell the parentheses directly
find_program(GAAP_MAKENSIS makensis HINTS "$ENV{${gaap_program_files_x86}}/NSIS" "$ENV{ProgramFiles}/NSIS")
if(GAAP_WIX_CANDLE)
    set(CPACK_GENERATOR "WIX")
elseif(GAAP_MAKENSIS)
    set(CPACK_GENERATOR "NSIS")
else()
    set(CPACK_GENERATOR "ZIP")
endif()

set(CPACK_PACKAGE_VENDOR "GAAP Capacity Check contributors")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "GAAP Capacity Check")
# Start-menu shortcut (WIX and NSIS): <executable name without .exe>;<label>
set(CPACK_PACKAGE_EXECUTABLES "gaap-capacity;GAAP Capacity Check")

# The product icon is a .ico made from resources/icons/gaap-capacity.svg (not checked in yet: the
# installer then uses the default icon). Any tool does, e.g. ImageMagick:
#   magick -background none resources/icons/gaap-capacity.svg -define icon:auto-resize=256,64,48,32,16 \
#          packaging/windows/gaap-capacity.ico
set(gaap_windows_icon "${gaap_windows_dir}/gaap-capacity.ico")

# --- WIX (.msi) ---
# The upgrade code is the product's identity across versions: an .msi with the same upgrade code
# replaces the installed older version. NEVER change it (a new one would install side by side).
set(CPACK_WIX_UPGRADE_GUID "92C639E1-AC1E-48C1-9ED3-B5F056332526")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "GAAP Capacity Check")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
if(EXISTS "${gaap_windows_icon}")
    set(CPACK_WIX_PRODUCT_ICON "${gaap_windows_icon}")
endif()
# The licence page: WiX shows RTF only. CPack converts a plain-text CPACK_RESOURCE_FILE_LICENSE
# (.txt) by itself; a hand-made RTF (packaging/windows/license.rtf) wins when it exists. Without
# either, the page shows CPack's placeholder text.
if(EXISTS "${gaap_windows_dir}/license.rtf")
    set(CPACK_WIX_LICENSE_RTF "${gaap_windows_dir}/license.rtf")
endif()

# --- NSIS (.exe), the fallback ---
set(CPACK_NSIS_PACKAGE_NAME "GAAP Capacity Check")
set(CPACK_NSIS_DISPLAY_NAME "GAAP Capacity Check ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\gaap-capacity.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
if(EXISTS "${gaap_windows_icon}")
    set(CPACK_NSIS_MUI_ICON "${gaap_windows_icon}")
    set(CPACK_NSIS_MUI_UNIICON "${gaap_windows_icon}")
endif()
