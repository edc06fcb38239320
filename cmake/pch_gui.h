// The widget headers on top of cmake/pch.h, for the libraries and tests that use widgets.
#pragma once
#ifdef __cplusplus
#include "cmake/pch.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <QWidget>
#endif
