#pragma once

class QWidget;

// What every window's controls get, in one place: Qt's helper buttons named for screen readers
// (nameHelperButtons), combo and spin boxes left alone by a passing mouse wheel (WheelGuard), and Alt+letter
// never typed into a field (AltKeyGuard). Call after setupUi().
void applyFormConventions(QWidget *root);
