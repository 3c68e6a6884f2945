# Shared resources: the compiled translations and the icons, embedded into each executable that needs them.

# Full translations, and the English plural forms: the sources say "%n entry(s)"; gaap-capacity_en.ts (lupdate
# -pluralonly) says "1 entry" and "2 entries".
set(GAAP_TS_FILES "${PROJECT_SOURCE_DIR}/translations/gaap-capacity_zh_CN.ts")
set(GAAP_PLURAL_TS_FILES "${PROJECT_SOURCE_DIR}/translations/gaap-capacity_en.ts")

function(gaap_embed_translations target)
    # The .qm files are built once by the gaap_translations target (translations/CMakeLists.txt).
    add_dependencies(${target} gaap_translations)
    set(qm_files "")
    foreach(ts IN LISTS GAAP_TS_FILES GAAP_PLURAL_TS_FILES)
        get_filename_component(name "${ts}" NAME_WE)
        list(APPEND qm_files "${PROJECT_BINARY_DIR}/translations/${name}.qm")
    endforeach()
    set_source_files_properties(${qm_files} PROPERTIES GENERATED TRUE)
    qt_add_resources(${target} "gaap_translations_${target}"
        PREFIX "/i18n"
        BASE "${PROJECT_BINARY_DIR}/translations"
        FILES ${qm_files})
endfunction()

function(gaap_embed_icons target)
    qt_add_resources(${target} "gaap_icons_${target}"
        PREFIX "/icons"
        BASE "${PROJECT_SOURCE_DIR}/resources/icons"
        FILES
            "${PROJECT_SOURCE_DIR}/resources/icons/gaap-capacity.svg")
endfunction()
